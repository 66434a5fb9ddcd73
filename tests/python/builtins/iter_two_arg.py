data = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(data), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)))
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError:', e)
it = iter([10, 20])
print(iter(it) is it, next(it), next(it), next(it, 'end'))
