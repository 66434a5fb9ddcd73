# The <listcomp> frame's FOR_ITER carries the whole comprehension's location.
d = {1: 1}
print('start')
x = [d.__setitem__(k + 1, 1)
     for k in d]
print('not reached')
