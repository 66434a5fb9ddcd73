from abc import ABC, abstractmethod
class S(ABC):
    @abstractmethod
    def area(self): ...
print('start')
S()
print('not reached')
