import sys
print('a', 'b', sep='-', end='!\n')
print(1, 2, 3, sep='')
print('no newline', end='')
print()
print(*range(5), sep=', ')
print('to stderr', file=sys.stderr)
print(None, file=None)
print('x', sep=None, end=None)
print('flushed', flush=True)
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', bogus=1)
except TypeError as e:
    print('TypeError:', e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('captured', 42, file=w)
print(w.parts)
