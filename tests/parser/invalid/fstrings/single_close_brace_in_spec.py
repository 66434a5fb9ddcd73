f'a}b'
