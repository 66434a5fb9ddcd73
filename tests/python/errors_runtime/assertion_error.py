x = 5
assert x > 0
assert x < 0, f'x is {x}'
