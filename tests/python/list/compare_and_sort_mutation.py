# Comparisons re-read a list that an item's __eq__ empties (bpo-38588); a sort notices a
# list changed even when the change was undone (append then pop).
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented

class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented

class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented

list1 = [X()]
list2 = [Y()]
print(list1 == list2, list1, list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4, list3 != list4)

def cmp_to_key(cmp):
    class K:
        def __init__(self, v):
            self.v = v
        def __lt__(self, other):
            return cmp(self.v, other.v) < 0
    return K

def mutating_cmp(x, y):
    L.append(3)
    L.pop()
    return (x > y) - (x < y)

L = [1, 2]
try:
    L.sort(key=cmp_to_key(mutating_cmp))
except ValueError as e:
    print("ValueError:", e, L)

def mutating_cmp2(x, y):
    L.append(3)
    del L[:]
    return (x > y) - (x < y)

try:
    L.sort(key=cmp_to_key(mutating_cmp2))
except ValueError as e:
    print("ValueError:", e, L)

def key(x):
    M.append(1)
    M.pop()
    return x

M = [3, 1, 2]
try:
    M.sort(key=key)
except ValueError as e:
    print("ValueError:", e, M)
N = [3, 1, 2]
N.sort(key=lambda v: len(N) + v)
print(N)
