class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('__prepare__', name)
        return {'injected': 42}
class A(metaclass=Meta, tag='t1'):
    def m(self): pass
class B(A):
    pass
print(A.tag, B.tag, A.injected, type(A).__name__, type(B).__name__, isinstance(A, Meta))
