# Built-in iterator and view types cannot be called; __itemsize__ of the variable-size
# built-ins; len() up to sys.maxsize; iter(callable, sentinel) stops when its callable
# exhausted it reentrantly (gh-101892).
import sys

for t in (type(iter([])), type({}.keys()), type({}.values()), type({}.items()),
          type(iter(range(3))), type(iter({})), type(iter(set()))):
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)

print(tuple.__itemsize__, list.__itemsize__, int.__itemsize__, bool.__itemsize__,
      bytes.__itemsize__, object.__itemsize__, type.__itemsize__)
print(len(range(-sys.maxsize, sys.maxsize, 2)) == sys.maxsize)
try:
    len(range(-sys.maxsize, sys.maxsize))
except OverflowError as e:
    print("OverflowError:", e)

def spam():
    if spam.again:
        return 2
    spam.again = True
    list(spam.iterator)
    return 1

spam.again = False
spam.iterator = iter(spam, 2)
print(next(spam.iterator, "stopped"))

class Eq:
    def __eq__(self, other):
        print("sentinel.__eq__ called first")
        return False
it = iter(lambda: 5, Eq())
print(next(it))
