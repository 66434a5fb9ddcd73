f('a' x)
