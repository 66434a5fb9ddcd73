for v in ([1, 2, 3, 4, 5], [1, 2], [1], ['a', 'b', 'c']):
    match v:
        case [x, y, *rest] if rest:
            print('x', x, 'y', y, 'rest', rest)
        case [*init, last]:
            print('init', init, 'last', last)
match (1, 2, 3):
    case (*_, 3):
        print('ends with 3')
match [1, [2, [3, 4]]]:
    case [a, [b, [*cs]]]:
        print(a, b, cs)
