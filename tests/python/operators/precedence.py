print(2 + 3 * 4 ** 2 // 5 % 3 - 1)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(not 1 == 2, (not 1) == 2, 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, 6 & 3 == 2)
print(1 if 0 else 2 if 0 else 3, [1, 2][0] + 1, ~1 + 1, -1 ** 0.5 if False else 'x')
print(True + True * 2, 10 - 2 - 3, 100 / 10 / 5, 2 ** 2 ** 0, 7 // 2 * 2, 7 % 3 * 2)
x = 3
print(x > 2 and x < 5 or x == 0, not x or x, x and not x)
print((lambda: 1 or 2)(), 0 or None and 1)
