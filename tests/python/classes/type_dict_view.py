# A class's __dict__ is a read-only view of its namespace: a proxy taken earlier sees later
# changes made through the class.
class C:
    a = 1

    def m(self):
        return 2


d = C.__dict__
v = vars(C)
C.b = 2
setattr(C, "c", 3)
print("b" in d, "c" in v, d["b"], sorted(k for k in d if not k.startswith("__")))
del C.a
print("a" in d, d.get("a", "gone"), len([k for k in v if not k.startswith("__")]))
C.b = 20
print(d["b"], C.__dict__["b"], type(d).__name__, d is C.__dict__, d == C.__dict__)
try:
    d["z"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    C.__dict__["missing"]
except KeyError as e:
    print("KeyError", e)


class D(C):
    x = 1


dd = D.__dict__
C.later = 5
D.y = 6
print("later" in dd, "y" in dd, "later" in D.__dict__, D.later)

try:
    for k in C.__dict__:
        C.added_while_iterating = 1
except RuntimeError as e:
    print("RuntimeError", e)

copy = C.__dict__.copy()
C.after_copy = 1
print(type(copy).__name__, "after_copy" in copy, "after_copy" in C.__dict__)
print(sorted(C.__dict__.keys() - {"__module__", "__dict__", "__weakref__", "__doc__"}))
