import sys
print(callable(sys.getsizeof), callable(sys.getrecursionlimit), hasattr(sys, 'platform'), hasattr(sys, 'flags'))
print(sys.flags.optimize, sys.flags.dont_write_bytecode, type(sys.platform).__name__)
print(sys.builtin_module_names.__class__.__name__, 'sys' in sys.builtin_module_names)
