def inner():
    while True:
        v = yield
        print('inner received', v)
        if v == 'stop':
            return 'stopped'
def outer():
    res = yield from inner()
    print('outer result', res)
    yield 'outer-done'
g = outer()
next(g)
g.send(1)
g.send('two')
print(g.send('stop'))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration('it-ret')
        return self.n
def uses():
    r = yield from It()
    print('It returned', r)
print(list(uses()))
def send_to_plain():
    yield from iter([1, 2])
s = send_to_plain()
next(s)
try:
    s.send('x')
except AttributeError as e:
    print('AttributeError:', e)
