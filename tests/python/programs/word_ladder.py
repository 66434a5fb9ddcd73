from collections import deque
WORDS = set('cold cord card ward warm word worm wore core care dare date gate game came come cone bone bane cane'.split())
def neighbours(w):
    for i in range(len(w)):
        for c in 'abcdefghijklmnopqrstuvwxyz':
            n = w[:i] + c + w[i + 1:]
            if n != w and n in WORDS: yield n
def ladder(a, b):
    prev = {a: None}; q = deque([a])
    while q:
        w = q.popleft()
        if w == b:
            path = []
            while w: path.append(w); w = prev[w]
            return path[::-1]
        for n in sorted(neighbours(w)):
            if n not in prev: prev[n] = w; q.append(n)
    return None
print(ladder('cold', 'warm'), ladder('came', 'bone'), ladder('cold', 'gate'), ladder('cold', 'xyzz'))
