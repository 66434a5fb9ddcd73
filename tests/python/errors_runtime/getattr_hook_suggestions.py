import sys
class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError()
try:
    A().bluch
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__)
    sys.__excepthook__(*sys.exc_info())
class C:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError(23)
try:
    getattr(C(), 'bluch')
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__)
    sys.__excepthook__(*sys.exc_info())
class D:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError('custom', name='other', obj=5)
try:
    D().bluch
except AttributeError as e:
    print(repr(e.name), e.obj)
