class A: pass
r = repr(A())
print(r.startswith('<__main__.A object at 0x'), r.endswith('>'))
print(repr(A), str(A), repr(type), repr(object))
class B:
    class C: pass
print(repr(B.C), B.C.__qualname__)
print(repr(A.__init__)[:30] if False else type(A.__init__).__name__, type(A().__init__).__name__)
