from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self): return f'{type(self).__name__} with area {self.area()}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)
print(Sq(3).describe(), Shape.__abstractmethods__)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print('TypeError:', e)
