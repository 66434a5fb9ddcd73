# A long loop in a function called once: it gets compiled in the middle (on-stack
# replacement), with an iterator and accumulators live across the switch.
def main():
    words = ["alpha", "beta", "gamma", "delta"] * 300
    it = iter(words)
    counts = {}
    total = 0
    for w in it:
        counts[w] = counts.get(w, 0) + 1
        total += len(w)
        if total > 4000 and total < 4010:
            print("midway", total, next(it))
    for i, (k, v) in enumerate(sorted(counts.items())):
        print(i, k, v)
    n = 0
    while n < 5000:
        n += 1
        if n == 2500:
            print("half", n)
    return total

print(main())

# A module-level loop, compiled through on-stack replacement too.
acc = []
for i in range(3000):
    if i % 1000 == 999:
        acc.append(i)
print(acc, i)
