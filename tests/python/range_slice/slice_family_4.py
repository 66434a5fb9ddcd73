SEQS = [list(range(8)), 'abcdefgh', tuple('xyzwvuts'), range(10, 18), b'ABCDEFGH', 'é😀a😀é😀b😀']
s = slice(6, 1, -2)
print(s, s.indices(8))
for q in SEQS:
    print(type(q).__name__, q[s], q[6:1:-2] == q[s], len(q[s]))
