import traceback
def f():
    try:
        yield
    except:
        raise
g = f()
try:
    1/0
except ZeroDivisionError as v:
    try:
        g.throw(v)
    except Exception as w:
        tb = w.__traceback__
levels = []
while tb:
    levels.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
    tb = tb.tb_next
print(levels)
def h():
    yield
k = h()
next(k)
try:
    raise KeyError('x')
except KeyError as e:
    try:
        k.throw(e)
    except KeyError as e2:
        print([(t.f_code.co_name, _) for t, _ in traceback.walk_tb(e2.__traceback__)])
