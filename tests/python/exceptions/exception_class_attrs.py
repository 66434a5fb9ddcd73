class E(Exception):
    code = 7
    def describe(self):
        return f'{type(self).__name__}[{self.code}]: {self}'
class F(E):
    code = 9
for cls in (E, F):
    try:
        raise cls('boom')
    except E as e:
        print(e.describe())
print(E('x').with_traceback(None).describe())
