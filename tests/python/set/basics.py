s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(3)
print(sorted(s), len(s), 2 in s, 3 in s, set(), {()}, set('aab') == {'a', 'b'})
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {2} < a, a >= {1}, a.isdisjoint({9}), a == {3, 2, 1})
print(a.union([5], (6,)), a.intersection(b, {3}), a.difference([1], [2]), a.symmetric_difference([1, 9]), a.issubset(range(5)), a.issuperset([1]))
c = set(a); c |= {9}; c &= {1, 9, 2}; c -= {2}; c ^= {5}
print(c)
c.update([7], 'x'); c.difference_update({1}); c.intersection_update({7, 9, 'x', 5}); c.symmetric_difference_update({9, 0})
print(sorted(c, key=str))
for f in (lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: a | [1], lambda: a < [1]):
    try:
        f()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
