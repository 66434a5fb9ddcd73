# seq * n with huge n: n must fit a Py_ssize_t ("cannot fit 'int' into an index-sized
# integer"); a result longer than sys.maxsize is OverflowError for str and bytes and
# MemoryError for list, tuple, bytearray and array; one too big to allocate is MemoryError.
import sys, array

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f'Idx({self.v})'

class MyInt(int): pass

def imul(v, n):
    v *= n
    return v

makers = [
    ('list', lambda: [1, 2]), ('tuple', lambda: (1, 2)), ('str', lambda: 'ab'),
    ('astral', lambda: '\U0001F600x'), ('bytes', lambda: b'ab'),
    ('bytearray', lambda: bytearray(b'ab')), ('array', lambda: array.array('b', [1, 2])),
    ('empty list', lambda: []), ('empty str', lambda: ''), ('empty bytes', lambda: b''),
    ('one list', lambda: [1]), ('one str', lambda: 'a'), ('one bytes', lambda: b'a'),
]
counts = [2**62, 2**63, sys.maxsize // 4 + 1, 2**40, sys.maxsize, sys.maxsize + 1, -2**63,
          -2**64, 2**100, Idx(2**62), Idx(2**63), MyInt(2**62), Idx(-2**63), True, 3]
for name, make in makers:
    for n in counts:
        for how, op in (('*', lambda v: v * n), ('r*', lambda v: n * v), ('*=', lambda v: imul(v, n))):
            try:
                r = op(make())
                print(name, how, repr(n), 'len', len(r))
            except Exception as e:
                print(name, how, repr(n), type(e).__name__, e)

# The overflow test of Skulpt's test_list.
lst = [4, 5, 6, 7]
n = (sys.maxsize * 2 + 2) // len(lst)
for op in (lambda: lst * n, lambda: imul(lst, n)):
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)

class B(bytes): pass
b = b'ab'; e = b''; sb = B(b'ab'); s = 'ab'; t = (1, 2)
print(b * 1 is b, 1 * b is b, e * 5 is e, sb * 1 is sb, type(sb * 2).__name__)
print(s * 1 is s, t * 1 is t)
print(len([0] * 100000 * 3), len(array.array('b', [0] * 300000) * 2), len(b'xy' * 100000))
