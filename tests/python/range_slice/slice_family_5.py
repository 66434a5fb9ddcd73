SEQS = [list(range(8)), 'abcdefgh', tuple('xyzwvuts'), range(10, 18), b'ABCDEFGH', 'é😀a😀é😀b😀']
s = slice(-100, 100, 3)
print(s, s.indices(8))
for q in SEQS:
    print(type(q).__name__, q[s], q[-100:100:3] == q[s], len(q[s]))
