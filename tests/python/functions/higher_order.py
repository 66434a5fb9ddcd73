from functools import reduce
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, '', 'a', [], [0]])))
print(reduce(lambda a, b: a * b, range(1, 10)), reduce(lambda a, b: a + b, [], 'init'))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
def curry(f, n):
    def c(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
