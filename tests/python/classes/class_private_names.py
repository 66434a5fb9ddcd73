class A:
    __secret = 1
    def get(self): return self.__secret
    def __priv(self): return 'priv'
    def call(self): return self.__priv()
class B(A):
    __secret = 2
    def get_b(self): return self.__secret
b = B()
print(b.get(), b.get_b(), b.call(), sorted(k for k in A.__dict__ if 'secret' in k or 'priv' in k))
print(b._A__secret, b._B__secret)
try:
    b.__secret
except AttributeError as e:
    print('AttributeError:', e)
