import sys
import math
print('math' in sys.modules, sys.modules['math'] is math, '__main__' in sys.modules, sys.modules[__name__].__name__)
print(type(sys.path).__name__, isinstance(sys.path[0], str), __name__)
print(sys.intern('abc') == 'abc', sys.getdefaultencoding())
