print(str(), str(1), str(1.5), str([1, 'a']), str(None), str(b'x'), str(str), str(object)[:14])
class A:
    def __str__(self):
        return 'A-str'
    def __repr__(self):
        return 'A-repr'
class B:
    def __repr__(self):
        return 'B-repr'
print(str(A()), repr(A()), str(B()), [A(), B()], f"{A()} {A()!r}", '%s %r' % (A(), A()))
class C:
    def __str__(self):
        return 42
try:
    str(C())
except TypeError as e:
    print("TypeError:", e)
class S(str):
    pass
print(type(str(S('x'))).__name__, type(S('x') + 'y').__name__, type(S('x').upper()).__name__, S('ab') == 'ab')
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str('a', 'utf-8')
except TypeError as e:
    print("TypeError:", e)
