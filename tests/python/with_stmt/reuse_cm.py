class Counter:
    def __init__(self): self.depth = 0
    def __enter__(self):
        self.depth += 1
        print('depth', self.depth)
        return self
    def __exit__(self, *a):
        self.depth -= 1
        print('leaving, depth', self.depth)
c = Counter()
with c:
    with c:
        with c as inner:
            print(inner is c)
print(c.depth)
