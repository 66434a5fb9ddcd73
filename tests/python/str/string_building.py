parts = []
for i in range(10):
    parts.append(f"{i:02d}:{chr(0x41 + i)}")
print(''.join(parts))
out = []
for word in "the quick brown fox jumps over the lazy dog".split():
    out.append(word[::-1].capitalize())
print(' '.join(out))
table = [['name', 'qty'], ['apple', '3'], ['kiwi', '12']]
w = [max(len(r[i]) for r in table) for i in range(2)]
for r in table:
    print(' | '.join(c.ljust(w[i]) for i, c in enumerate(r)))
print('\n'.join('*' * i for i in range(1, 5)))
