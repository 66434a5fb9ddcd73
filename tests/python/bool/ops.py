for a in (True, False):
    for b in (True, False):
        print(a, b, a & b, a | b, a ^ b, a and b, a or b, a == b, a < b, a + b, type(a & b).__name__, type(a + b).__name__)
print(~True, ~False, -True, True // True)
print(True << 70, True * 'ab', [1, 2, 3][True], 'ab'[False])
print({True: 'a', 1: 'b', 1.0: 'c'}, {0, False, 0.0})
