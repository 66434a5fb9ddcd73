x = 2**62
print(x + x, x * 3, x - (-x), x & 0xFF, (-x) | 5, x ^ (x + 1), 3 * x, 5 - x, -1 & x)
a = 7; a += 2**60; a *= 2**10; a &= 2**70 - 1; a |= 1; a ^= 3; a -= 2**80; print(a)
s = 113
for _ in range(5):
    s = (s * 1103515245 + 12345) & 0x7FFFFFFF
    print(s, s / 2147483648.0)
print(True + 2**70, 2**70 & True, (2**70) * False)
class I(int):
    def __add__(self, o): return "I.add"
    def __radd__(self, o): return "I.radd"
print(I(1) + 2**70, 2**70 + I(1))
