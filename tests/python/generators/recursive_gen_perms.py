def perms(xs):
    if len(xs) <= 1:
        yield xs
        return
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            yield xs[i:i + 1] + p
print(list(perms('abc')))
print(sum(1 for _ in perms(list(range(6)))))
def subsets(xs):
    if not xs:
        yield []
        return
    for s in subsets(xs[1:]):
        yield s
        yield [xs[0]] + s
print(sorted(subsets([1, 2, 3])))
