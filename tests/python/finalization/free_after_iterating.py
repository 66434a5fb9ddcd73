# An exhausted iterator lets go of what it iterated over.
import gc

class Tracked(list):
    def __del__(self):
        print('freed', type(self).__name__)

it = iter(Tracked([1, 2]))
values = list(it)
gc.collect()
print('after exhausting', values)
for kind in (tuple, dict, set, str):
    class T(kind):
        def __del__(self):
            print('freed', kind.__name__)
    it = iter(T('ab') if kind is not dict else T(a=1))
    for _ in it:
        pass
    gc.collect()
print('end')
