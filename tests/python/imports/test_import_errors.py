try:
    import pkg.missing_module
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
try:
    from pkg import missing_name
except ImportError as e:
    print('ImportError:', e, e.name)
try:
    import _raises_on_import
except ZeroDivisionError as e:
    print('ZeroDivisionError during import:', e)
import sys
print('_raises_on_import' in sys.modules)
