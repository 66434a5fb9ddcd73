import pkg.helper as h
print(h.__name__, h.__file__.endswith('helper.py'), h.__spec__.name, type(h).__name__, h.__doc__)
import math, sys
print(type(math).__name__, math.__name__, sys.__name__, 'helper' in dir(__import__('pkg')))
