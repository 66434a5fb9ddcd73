import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.uniform(1, 2))
r = random.Random(42)
xs = list(range(10))
r.shuffle(xs)
print(xs, r.sample(range(100), 5), r.choices('abc', k=5), r.randrange(0, 100, 5), r.getrandbits(64))
print(round(r.gauss(0, 1), 12), round(r.expovariate(1.5), 12))
