class A:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f'{self.n}.__lt__({o.n})')
        return NotImplemented
    def __gt__(self, o):
        print(f'{self.n}.__gt__({o.n})')
        return NotImplemented
    def __eq__(self, o):
        print(f'{self.n}.__eq__({o.n})')
        return NotImplemented
class B(A):
    def __gt__(self, o):
        print(f'{self.n}.B.__gt__({o.n})')
        return True
a, b = A('a'), B('b')
print(a < b)
print(b > a)
try:
    print(a < A('c'))
except TypeError as e:
    print('TypeError:', e)
print(a == A('c'))
print(a != A('c'))
print(a == a)
