LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(b):
    for a, c, d in LINES:
        if b[a] != '.' and b[a] == b[c] == b[d]: return b[a]
    return None
memo = {}
def minimax(b, player):
    key = (b, player)
    if key in memo: return memo[key]
    w = winner(b)
    if w: return (1 if w == 'X' else -1), None
    if '.' not in b: return 0, None
    best = None
    for i, ch in enumerate(b):
        if ch == '.':
            nb = b[:i] + player + b[i + 1:]
            s, _ = minimax(nb, 'O' if player == 'X' else 'X')
            if best is None or (player == 'X' and s > best[0]) or (player == 'O' and s < best[0]): best = (s, i)
    memo[key] = best
    return best
b, p = '.' * 9, 'X'
while not winner(b) and '.' in b:
    _, mv = minimax(b, p)
    b = b[:mv] + p + b[mv + 1:]
    p = 'O' if p == 'X' else 'X'
print('\n'.join(b[i:i + 3] for i in (0, 3, 6)), winner(b), len(memo))
