def f():
    x = 1
    return 1/0
c = f.__code__
c2 = c.replace(co_name='g', co_flags=c.co_flags)
print(c2.co_name, c2.co_flags == c.co_flags, c2.co_varnames, c2.co_consts == c.co_consts)
f.__code__ = c.replace(co_linetable=c.co_linetable)
print(list(f.__code__.co_lines()) == list(c.co_lines()))
import sys
def lineno_of(func):
    try:
        func()
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
        while tb.tb_next: tb = tb.tb_next
        return tb.tb_lineno
print(lineno_of(f) - f.__code__.co_firstlineno)
f.__code__ = f.__code__.replace(co_linetable=b'\xf8\xf8\xf8\xf9\xf8\xf8\xf8')
print(lineno_of(f))
try:
    c.replace(co_bogus=1)
except TypeError as e:
    print(e)
def k(): return 'a'
k.__code__ = k.__code__.replace(co_consts=tuple('b' if x == 'a' else x for x in k.__code__.co_consts))
print(k())
