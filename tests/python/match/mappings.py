def m(x):
    match x:
        case {'type': 'point', 'x': x0, 'y': y0}:
            return f'point {x0},{y0}'
        case {'type': 'circle', 'r': r, **rest}:
            return f'circle r={r} rest={rest}'
        case {}:
            return 'some mapping'
        case _:
            return 'not a mapping'
for v in ({'type': 'point', 'x': 1, 'y': 2, 'z': 3}, {'type': 'circle', 'r': 5, 'color': 'red'}, {'type': 'point', 'x': 1}, {}, [], 'str'):
    print(m(v))
from collections import defaultdict
d = defaultdict(int)
match d:
    case {'missing': _}:
        print('matched')
    case _:
        print('defaultdict __missing__ not used', dict(d))
