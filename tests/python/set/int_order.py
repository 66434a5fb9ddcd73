print({5, 3, 1, 4, 2}, set(range(10)), {100, 1, 10}, {-1, -2, 0}, set([33, 1, 17]))
s = set()
for i in (8, 16, 1, 9):
    s.add(i)
print(s, list(s), s.pop(), s)
print({1.0, 1, True}, {0, 0.0, False}, {1, 2} | {3})
