d = {k: v for k, v in zip('zyxw', range(4))}
print(d, {v: k for k, v in d.items()}, {k: k * 2 for k in range(5) if k % 2})
words = 'one two three two one four'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda w: (-counts[w], w)))
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
