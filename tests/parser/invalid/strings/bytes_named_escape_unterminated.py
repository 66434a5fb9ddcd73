x = b'abc

