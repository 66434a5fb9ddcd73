class A:
    def __init__(self):
        print('A init')
        super().__init__()
class B(A):
    def __init__(self):
        print('B init')
        super().__init__()
class C(A):
    def __init__(self):
        print('C init')
        super().__init__()
class D(B, C):
    def __init__(self):
        print('D init')
        super().__init__()
D()
class Mixin:
    def __init__(self, *a, **k):
        print('Mixin', a, k)
        super().__init__(*a, **k)
class Base:
    def __init__(self, x):
        print('Base', x)
class Combo(Mixin, Base): pass
Combo(5)
