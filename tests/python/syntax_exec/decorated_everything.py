def log(obj):
    print('decorating', getattr(obj, '__name__', obj))
    return obj
@log
def f(): pass
@log
class C:
    @log
    def m(self): pass
    @property
    @log
    def p(self): return 1
print(C().p)
@(lambda fn: fn)
def g(): return 'expr decorator'
print(g())
