SEQS = [list(range(8)), 'abcdefgh', tuple('xyzwvuts'), range(10, 18), b'ABCDEFGH', 'é😀a😀é😀b😀']
s = slice(None, -3, None)
print(s, s.indices(8))
for q in SEQS:
    print(type(q).__name__, q[s], q[None:-3:None] == q[s], len(q[s]))
