class Color:
    _members = []
    def __init__(self, name, value):
        self.name, self.value = name, value
        Color._members.append(self)
    def __repr__(self): return f'<Color.{self.name}: {self.value}>'
    @classmethod
    def by_value(cls, v):
        for m in cls._members:
            if m.value == v:
                return m
        raise ValueError(f'{v} is not a valid Color')
Color.RED = Color('RED', 1)
Color.BLUE = Color('BLUE', 2)
print(Color.RED, Color.by_value(2), Color._members)
try:
    Color.by_value(9)
except ValueError as e:
    print('ValueError:', e)
