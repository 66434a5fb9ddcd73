def f():
    1/0
f.__code__ = f.__code__.replace(co_linetable=b"\xf8"*20)
try:
    f()
except ZeroDivisionError:
    import traceback; traceback.print_exc()
f()
