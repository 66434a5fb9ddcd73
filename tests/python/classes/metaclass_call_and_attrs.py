class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self, v):
        print('init once', v)
        self.v = v
a = S(1); b = S(2)
print(a is b, a.v)
class M(type):
    greeting = 'hello from metaclass'
    def meta_method(cls): return f'meta method on {cls.__name__}'
class K(metaclass=M): pass
print(K.greeting, K.meta_method())
try:
    K().greeting
except AttributeError as e:
    print('AttributeError:', e)
