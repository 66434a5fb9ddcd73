class F(float):
    def __repr__(self):
        return f"F<{float(self)}>"
f = F(2.5)
print(f, repr(f), f + 1, type(f + 1).__name__, type(-f).__name__, type(abs(f)).__name__)
print(F('1e3'), F.fromhex('0x1p4'), type(F.fromhex('0x1p4')).__name__)
print(f.is_integer(), f.as_integer_ratio(), f"{f}", f"{f:.3f}", str(f))
class G(float):
    pass
g = G(0.1)
print(g, repr(g), g == 0.1, hash(g) == hash(0.1))
