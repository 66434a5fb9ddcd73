class A:
    data = [1, 2, 3]
    squares = [d * d for d in data]
    total = sum(d for d in data)
    pairs = {d: d for d in data}
print(A.squares, A.total, A.pairs)
class B:
    n = 3
    try:
        grid = [[n for _ in range(2)] for _ in range(2)]
    except NameError as e:
        grid = 'NameError: ' + str(e)
print(B.grid)
