# A repr nested deeper than the recursion limit raises RecursionError (PyObject_Repr's
# recursion check), for lists, dicts, tuples and dict views alike.
import sys

def nest(make):
    x = None
    for i in range(sys.getrecursionlimit() + 100):
        x = make(x)
    return x

for name, make in [("list", lambda x: [x]), ("dict", lambda x: {1: x}), ("tuple", lambda x: (x,)),
                   ("values", lambda x: {42: x}.values())]:
    try:
        repr(nest(make))
    except RecursionError as e:
        print(name, "RecursionError:", e)

a = []
for i in range(400):
    a = [a]
print(len(repr(a)), len(str(a)))
