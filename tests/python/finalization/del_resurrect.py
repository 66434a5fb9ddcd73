# An object that its __del__ makes reachable again lives on, and is never finalised twice.
import gc

saved = []

class Phoenix:
    calls = 0
    def __del__(self):
        Phoenix.calls += 1
        print('del', self.n, 'call', Phoenix.calls)
        saved.append(self)

p = Phoenix()
p.n = 7
print(gc.is_finalized(p))
del p
gc.collect()
print(len(saved), saved[0].n, gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print('calls', Phoenix.calls)
