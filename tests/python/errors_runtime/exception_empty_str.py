raise RuntimeError('')
