x: int = 1
y: list[int] = [1]
z: 'anything'
print(x, y, 'z' in dict(globals()), __annotations__)
class C:
    a: int = 0
    b: str
c = C()
print(C.a, hasattr(C, 'b'), C.__annotations__)
def f():
    q: int = 5
    r: int
    return q, 'r' in locals()
print(f())
d = {}
d['k']: int = 9
print(d)
