def g(x):
    print('guard evaluated for', x)
    return x > 5
for v in (3, 8, [1, 10]):
    match v:
        case int(n) if g(n):
            print('big int', n)
        case int(n):
            print('small int', n)
        case [a, b] if g(b) and a < b:
            print('pair', a, b)
n = 'unchanged'
match 7:
    case n if n > 100:
        pass
    case _:
        pass
print('n after failed guard:', n)
