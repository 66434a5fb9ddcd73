print(len('abc'))
len = lambda x: 'shadowed'
print(len('abc'))
del len
print(len('abc'))
import builtins
print(builtins.len is len, type(__builtins__).__name__ in ('module', 'dict'))
def f():
    max = 'local max'
    return max
print(f(), max(1, 2))
builtins.custom_builtin = 'visible everywhere'
print(custom_builtin)
