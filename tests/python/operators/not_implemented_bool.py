class A:
    def __eq__(self, o):
        return NotImplemented
print(A() == A(), A() != A())
import warnings
warnings.simplefilter('error')
try:
    bool(NotImplemented)
except DeprecationWarning as e:
    print('DeprecationWarning:', e)
print(repr(NotImplemented), type(NotImplemented).__name__)
