a, b, c = 1, 2, False
assert   (a > b) if c else (b < a)
