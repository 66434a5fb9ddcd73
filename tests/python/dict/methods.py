d = dict.fromkeys('abc')
print(d, dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
lst = dict.fromkeys('xy', [])
lst['x'].append(1)
print(lst)
print(d.setdefault('a', 5), d.setdefault('z', 9), d.setdefault('q'), d)
print(d.get('a'), d.get('nope'), d.get('nope', 'dflt'), d.pop('z'), d.pop('nope', 'gone'), d)
print(d.popitem(), d.popitem(), d)
d.update({'m': 1}, n=2); d.update([('o', 3)]); d.update(p=4)
print(d, d.copy() == d, d.copy() is d)
d.clear(); print(d)
for f in (lambda: {}.popitem(), lambda: {}.pop('x'), lambda: {}['k'], lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: {}.update(1)):
    try:
        f()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
