import itertools as it
evens = (x for x in it.count() if x % 2 == 0)
print(list(it.islice(evens, 5)))
print(list(it.islice(it.accumulate(it.count(1)), 6)))
primes = (n for n in it.count(2) if all(n % d for d in range(2, int(n ** 0.5) + 1)))
print(list(it.islice(primes, 10)))
print(list(it.batched('abcdefg', 3)) if hasattr(it, 'batched') else 'no batched in 3.11')
