class A:
    pass
a = A()
l = [a]
print(a in l, A() in l, l.count(a), l.index(a), {a: 1}[a])
x = float('nan')
print(x in [x], x == x, [x].count(x), (x,) == (x,), {x: 1}[x])
class Weird:
    def __eq__(self, o): return False
w = Weird()
print(w in [w], w == w, [w] == [w], [w].count(w))
