class Base:
    @property
    def name(self): return 'base'
class Child(Base):
    @Base.name.getter
    def name(self): return 'child+' + super().name
print(Child().name, Base().name)
class Ro:
    @property
    def v(self): return 1
class Rw(Ro):
    @Ro.v.setter
    def v(self, val): print('set', val)
r = Rw()
r.v = 5
print(r.v)
