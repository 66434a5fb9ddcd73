class A:
    def __int__(self):
        return 42
class B:
    def __index__(self):
        return 7
class C:
    def __trunc__(self):
        return 9
print(int(A()), int(B()), int(b'12'), int(bytearray(b' 34 ')))
import warnings
warnings.simplefilter("ignore")
print(int(C()))
class D:
    def __int__(self):
        return "no"
try:
    int(D())
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float('inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float('nan'))
except ValueError as e:
    print("ValueError:", e)
print(int('10', base=B()))
