print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
def gen():
    for i in range(10):
        print("yield", i)
        yield i
print(any(v == 2 for v in gen()))
print(all(v < 1 for v in gen()))
print(sum(x % 2 == 0 for x in range(10)), [True, False].count(1), [1, 1.0, True].index(True))
