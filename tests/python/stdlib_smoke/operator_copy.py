import operator, copy
print(operator.add(1, 2), operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
print(sorted([('b', 2), ('a', 3)], key=operator.itemgetter(1)), operator.neg(5), operator.contains([1], 1), operator.truth([]))
a = [[1], {'k': [2]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[0].append(9); a[1]['k'].append(8)
print(s, d)
class C:
    def __init__(self): self.v = [1]
    def __deepcopy__(self, memo):
        print('custom deepcopy')
        return 'copied'
print(copy.deepcopy(C()))
