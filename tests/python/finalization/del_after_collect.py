# __del__ runs once an object is unreachable and the collector has run; in CPython the
# reference count already freed it, so the order of the output is the same.
import gc

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def make_and_drop():
    r = Res('local')
    print('made', r.name)

make_and_drop()
gc.collect()
print('after function')

a = Res('global')
del a
gc.collect()
print('after del')

items = [Res('in list')]
items.clear()
gc.collect()
print('after clear')

d = {'k': Res('in dict')}
d['k'] = None
gc.collect()
print('after overwrite')

class Sub(Res):
    pass

s = Sub('subclass')
s = None
gc.collect()
print('after subclass')
