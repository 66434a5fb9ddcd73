import random
r = random.Random(2024)
counts = {}
for _ in range(1000):
    k = r.choice('abc')
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))
print([r.randint(1, 6) for _ in range(10)], round(sum(r.random() for _ in range(100)), 10))
print(r.choices(range(5), weights=[10, 1, 1, 1, 1], k=8), r.sample('abcdefgh', 3))
