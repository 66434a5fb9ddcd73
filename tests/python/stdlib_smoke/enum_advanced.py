from enum import Enum, unique
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, round(Planet.EARTH.gravity, 4), Planet.MERCURY.name)
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
print(Shape.ALIAS, list(Shape), Shape.__members__.keys())
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
