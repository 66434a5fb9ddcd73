class A:
    v = 1
    def f(self):
        return v if False else 'method cannot see class var'
    def g(self):
        try:
            return v
        except NameError as e:
            return str(e)
print(A().f(), A().g())
def outer():
    v = 'enclosing'
    class B:
        v = 'class'
        def m(self): return v
        w = v
    return B().m(), B.w
print(outer())
def outer2():
    v = 'enclosing'
    class C:
        try:
            print('class body sees', v)
        except NameError as e:
            print('NameError:', e)
        v = 'class'
    return C.v
print(outer2())
