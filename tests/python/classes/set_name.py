class Field:
    def __set_name__(self, owner, name):
        print('__set_name__', owner.__name__, name)
        self.name = name
    def __get__(self, obj, t):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f'<unset {self.name}>')
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v
class Model:
    a = Field()
    b = Field()
m = Model()
m.a = 1
print(m.a, m.b, Model.a.name)
f = Field()
Model.c = f
print(hasattr(f, 'name'))
