import types, sys, time
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns == types.SimpleNamespace(b='x', a=1), ns != types.SimpleNamespace())
ns.c = ns
print(ns)
del ns.c
class Sub(types.SimpleNamespace): pass
print(Sub(z=2), Sub(z=2) == types.SimpleNamespace(z=2))
try:
    types.SimpleNamespace(1)
except TypeError as e: print(e)
try:
    hash(ns)
except TypeError as e: print(e)
print(type(sys.implementation) is types.SimpleNamespace, sys.implementation.name in ('cpython', 'swallow'))
ci = time.get_clock_info('monotonic')
print(type(ci).__name__, ci.monotonic, ci.adjustable)
import copy, pickle
print(copy.copy(ns), pickle.loads(pickle.dumps(ns)))
print(vars(ns))
