# A built-in function of a module is bound to that module (`len.__self__ is builtins`);
# built-in methods stay bound to their object. Pickling still goes by name.
import builtins
import copy
import inspect
import math
import pickle
import sys
import time

for f, m in [(len, builtins), (print, builtins), (math.sqrt, math), (sys.exit, sys), (time.time, time)]:
    print(f.__name__, f.__self__ is m, f.__module__, f.__qualname__, repr(f))

lst = [1]
print(lst.append.__self__ is lst, dict.fromkeys.__self__ is dict, str.maketrans.__self__)

# Equality and hashing: by identity for module functions, not by their module.
print(len == len, len == abs, len != abs, hash(len) == hash(len), hash(len) == hash(builtins))
print(len(set([len, abs, math.sqrt, math.cos, len])))
print(lst.append == lst.append, hash(lst.append) == hash(lst.append))

# Pickled by name, as `__reduce__` says.
print(len.__reduce__(), math.sqrt.__reduce__(), len.__reduce_ex__(2))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for f in (len, math.sqrt, sys.getrecursionlimit):
        assert pickle.loads(pickle.dumps(f, proto)) is f, (proto, f)
print(copy.copy(len) is len, copy.deepcopy(math.sqrt) is math.sqrt)
again = pickle.loads(pickle.dumps(lst.append))
again(2)
print(again.__self__, type(again).__name__)

# The text signatures CPython gives them, which inspect parses.
print(len.__text_signature__, divmod.__text_signature__, sorted.__text_signature__)
print(inspect.signature(len), inspect.signature(divmod), inspect.signature(getattr(builtins, "sum")))
