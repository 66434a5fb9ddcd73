def queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n: sols.append(acc[:]); return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2: continue
            acc.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc)
            acc.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
for n in range(1, 9):
    print(n, len(queens(n)))
s = queens(6)[0]
print('\n'.join('.' * c + 'Q' + '.' * (5 - c) for c in s))
