f'a' 'b'
