class C:
    def __contains__(self, x):
        print('contains', x)
        return x > 2
c = C()
print(3 in c, 1 in c, 1 not in c)
class G:
    def __getitem__(self, i):
        if i > 5: raise IndexError
        return i * 10
print(20 in G(), 25 in G(), 50 in G())
class I:
    def __iter__(self):
        print('iter')
        return iter([1, 2])
print(2 in I(), 3 in I())
a = [1]
print(a is a, a is not [1], None is None, [] is not [])
try:
    1 in 5
except TypeError as e:
    print('TypeError:', e)
