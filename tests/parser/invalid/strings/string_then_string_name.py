x = 'a' c 'b'
