class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and o.x == self.x
    def __hash__(self): return self.x % 3
    def __repr__(self): return f"P{self.x}"
s = {P(1), P(4), P(1), P(7)}
print(len(s), sorted(s, key=lambda p: p.x), P(4) in s, P(5) in s)
class NoHash:
    def __eq__(self, o): return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)
