class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == '':
            return f'${self.v}'
        return f'${self.v:{spec}}'
    def __str__(self): return 'Money!'
m = Money(3.5)
print(format(m), format(m, '.2f'), f'{m}', f'{m:>8.1f}', '{:.3f}'.format(m), str(m), f'{m!s}')
class NoFmt:
    def __str__(self): return 'nofmt'
print(format(NoFmt()), f'{NoFmt()}', f'{NoFmt()!s:>7}')
try:
    format(NoFmt(), 'x')
except TypeError as e:
    print('TypeError:', e)
class BadRet:
    def __format__(self, s): return 1
try:
    format(BadRet())
except TypeError as e:
    print('TypeError:', e)
