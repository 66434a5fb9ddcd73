class Meta(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', type(obj).__name__)
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        print('subclasscheck', sub.__name__)
        return sub is bool
class Intish(metaclass=Meta):
    pass
print(isinstance(5, Intish), isinstance('a', Intish), issubclass(bool, Intish), issubclass(str, Intish))
print(isinstance(5, (str, Intish)), isinstance(Intish(), Intish))
try:
    isinstance(5, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(5, int)
except TypeError as e:
    print('TypeError:', e)
