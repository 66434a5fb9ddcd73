from collections import defaultdict, OrderedDict, ChainMap
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['missing'], dict(dd))
od = OrderedDict.fromkeys('abc')
od.move_to_end('a'); print(list(od))
od.move_to_end('c', last=False); print(list(od), od.popitem(last=False))
cm = ChainMap({'x': 1}, {'x': 2, 'y': 3})
print(cm['x'], cm['y'], len(cm), sorted(cm), cm.new_child({'z': 0})['z'])
