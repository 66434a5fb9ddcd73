def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
x: int = 5
y: str
print(__annotations__)
class C:
    a: int
    b: str = 'b'
print(C.__annotations__, hasattr(C, 'a'), C.b)
def g(): pass
print(g.__annotations__)
