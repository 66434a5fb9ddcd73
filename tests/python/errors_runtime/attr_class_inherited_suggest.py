# "Did you mean" for a class object uses type.__dir__: attributes of the class and its bases.
class Base:
    def compute_total(self): return 1
class Child(Base):
    limit = 3
print(Child.limit)
Child.compute_totl
