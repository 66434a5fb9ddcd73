class lazy:
    def __init__(self, f): self.f = f
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, t=None):
        if obj is None: return self
        print('computing', self.name)
        v = self.f(obj)
        obj.__dict__[self.name] = v
        return v
class Data:
    @lazy
    def total(self): return sum(range(10))
d = Data()
print(d.total, d.total, 'total' in vars(d))
