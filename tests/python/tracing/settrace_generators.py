import sys

def show(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == "exception":
        arg = arg[0].__name__
    elif event == "return" and not isinstance(arg, (int, str, type(None))):
        arg = type(arg).__name__
    print(event, frame.f_code.co_name, frame.f_lineno, arg)
    return show

def inner():
    x = yield 1
    yield x * 10
    return "inner done"

def outer():
    r = yield from inner()
    yield r

def catcher():
    try:
        yield 1
    except KeyError:
        yield "caught"
    finally:
        print("finally ran")

def closure_maker():
    y = 5
    def get():
        return y
    return get

class K:
    attr = 1
    def method(self):
        return self.attr

sys.settrace(show)
g = outer()
print("got", next(g))
print("got", g.send(7))
print("got", next(g))
try:
    next(g)
except StopIteration:
    print("stopped")
c = catcher()
next(c)
print("got", c.throw(KeyError))
c.close()
closure_maker()()
K().method()
with open(__file__) as fh:
    first = fh.readline()
squares = {n: n * n for n in range(2)}
sys.settrace(None)
print(squares)
