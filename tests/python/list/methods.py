a = [3, 1, 4, 1, 5]
a.append(9); a.extend([2, 6]); a.insert(0, 0); a.insert(100, 7); a.insert(-1, 8)
print(a, a.count(1), a.index(1), a.index(1, 3), len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
b = a.copy(); b.clear(); print(a, b)
for f in (lambda: a.index(99), lambda: a.remove(99), lambda: [].pop(), lambda: a.pop(100), lambda: a.index(3, 0, 1)):
    try:
        f()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
