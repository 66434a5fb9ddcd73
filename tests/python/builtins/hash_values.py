print(hash(-1), hash(-2), hash(0), hash(1), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**20))
print(hash(0.5), hash(-0.5), hash(1.5), hash(float('inf')), hash(-float('inf')), hash(1e-300), hash(123.456))
print(hash(()), hash((1,)), hash((1, 2, 3)), hash((None,)) == hash((None,)), hash(True), hash(False), hash(1j), hash(1 + 1j))
print(hash(frozenset()), hash(frozenset({1, 2})), hash(range(3)) == hash(range(3)), hash(None) == hash(None))
