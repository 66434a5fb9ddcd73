x = b'''abc
ü'''
