r'a\'b'
