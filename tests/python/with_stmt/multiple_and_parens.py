class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print('enter', self.n)
        return self.n
    def __exit__(self, *a):
        print('exit', self.n)
with (CM(1) as a, CM(2) as b, CM(3)):
    print('body', a, b)
with (CM(4)):
    print('parenthesized single')
class Fails:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('not called')
try:
    with CM(5), Fails(), CM(6):
        print('not reached')
except RuntimeError as e:
    print('RuntimeError:', e)
