it = iter(range(5))
print([x for x in it if x < 2], list(it))
it = iter(range(6))
print([(a, b) for a, b in zip(it, it)])
