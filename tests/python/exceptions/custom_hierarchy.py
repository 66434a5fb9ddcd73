class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class DBError(AppError):
    pass
try:
    raise DBError(42, 'db down')
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, repr(e))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuper(5)
print(e.args, repr(str(e)), repr(e))
class Strange(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, 'from new')
        return o
    def __init__(self, *a):
        pass
print(Strange('given').args)
