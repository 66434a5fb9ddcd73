it = iter([1])
print(next(it), next(it, None), next(it, 'x'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
g = (i for i in [])
print(next(g, 'empty gen'))
