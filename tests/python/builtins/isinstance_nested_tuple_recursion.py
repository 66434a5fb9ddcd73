# isinstance/issubclass over tuples nested past the recursion limit raise RecursionError
# (CPython counts each level as a recursive call).
import sys
sys.setrecursionlimit(100)
t = (str,)
for i in range(200):
    t = (t,)
for f, a in ((isinstance, ""), (issubclass, str)):
    try:
        f(a, t)
    except RecursionError as e:
        print("RecursionError", e)
t = (str,)
for i in range(50):
    t = (t,)
print(isinstance("", t), issubclass(str, t))
