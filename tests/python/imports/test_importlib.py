import importlib
m = importlib.import_module('pkg.helper')
print(m.greet('importlib'))
sub = importlib.import_module('.deep', 'pkg.sub')
print(sub.VALUE)
import sys
print('pkg.helper' in sys.modules, sys.modules['pkg.helper'] is m)
try:
    importlib.import_module('pkg.nonexistent')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
