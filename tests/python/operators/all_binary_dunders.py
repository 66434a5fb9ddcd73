class T:
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
def mk(op):
    def f(self, o): return f'{self.name}.{op}({o!r})'
    return f
ops = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul']
for op in ops:
    setattr(T, f'__{op}__', mk(op))
    setattr(T, f'__r{op}__', mk('r' + op))
t = T('t')
print(t + 1, t - 1, t * 1, t / 1, t // 1, t % 1, t ** 1, t << 1, t >> 1, t & 1, t | 1, t ^ 1, t @ 1)
print(1 + t, 1 - t, 1 * t, 1 / t, 1 // t, 1 % t, 1 ** t, 1 << t, 1 >> t, 1 & t, 1 | t, 1 ^ t, 1 @ t)
print(divmod(3, 2), pow(t, 2))
