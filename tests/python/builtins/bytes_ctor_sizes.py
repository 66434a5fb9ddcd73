class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
for f in (bytes, bytearray):
    for v in (2**70, -2**70, 2**63, 2**63 - 1, -1, I(2**64), I(-3), I(3), True, 2**40):
        try:
            r = f(v)
            print(f.__name__, len(r))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
