def g(**opts: dict = {}): pass
