import sys
def show(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__.tb_next
        print(f.__name__, tb.tb_frame.f_lineno - f.__code__.co_firstlineno, tb.tb_lineno - f.__code__.co_firstlineno)
def a():
    try:
        1/0
    finally:
        if True:
            x = 1
        else:
            y = 2
def b():
    try:
        1/0
    except KeyError:
        pass
    except TypeError:
        pass
def c():
    with open(__file__):
        try:
            1/0
        finally:
            pass
def d():
    try:
        1/0
    except ZeroDivisionError:
        try:
            raise ValueError
        finally:
            for i in range(2):
                pass
for f in (a, b, c, d): show(f)
def e():
    try:
        1/0
    finally:
        while False:
            pass
def g():
    try:
        1/0
    finally:
        for i in ():
            pass
        else:
            z = 3
def h():
    try:
        1/0
    finally:
        with open(__file__):
            pass
for f in (e, g, h): show(f)
