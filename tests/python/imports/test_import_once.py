import _counter_mod
import _counter_mod
from _counter_mod import loads
import importlib
print(loads, _counter_mod.loads)
importlib.reload(_counter_mod)
print(_counter_mod.loads)
