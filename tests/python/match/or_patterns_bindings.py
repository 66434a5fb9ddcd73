def m(x):
    match x:
        case [a, 1] | [1, a]:
            return f'a={a}'
        case {'x': a} | {'y': a}:
            return f'mapped a={a}'
        case _:
            return 'none'
for v in ([5, 1], [1, 6], [1, 1], {'y': 7}, {'x': 8, 'y': 9}, [2, 2]):
    print(v, m(v))
