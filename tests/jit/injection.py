# Names, strings and file names reach generated JavaScript only escaped.
src = '''
def f(x):
    s = "*/ }); throw 1; //\\u2028 ${x} `" + '\\n'
    return s * (x % 2) + "end"
'''
ns = {}
exec(compile(src, "weird */ name\n'\"`${}.py", "exec"), ns)
out = set()
for i in range(1000):
    out.add(ns["f"](i))
print(sorted(out))

class C:
    pass
o = C()
setattr(o, 'a"b', 1)
def read(o):
    return getattr(o, 'a"b')
for i in range(1000):
    read(o)
print(read(o))
