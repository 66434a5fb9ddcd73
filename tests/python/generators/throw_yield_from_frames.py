import sys
def names(frame):
    out = []
    while frame and frame.f_code.co_name not in ('<module>', 'call_throw', 'call_send'):
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out
def f():
    print('f start', names(sys._getframe()))
    try:
        yield
    except Exception as e:
        print('f caught', type(e).__name__, names(sys._getframe()))
    print('f end', names(sys._getframe()))
def g():
    print('g start', names(sys._getframe()))
    yield from f()
    print('g end', names(sys._getframe()))
def call_throw(gen):
    gen.throw(RuntimeError)
def call_send(gen):
    gen.send(None)
for call in (call_send, call_throw):
    gen = g()
    gen.send(None)
    try:
        call(gen)
    except StopIteration:
        print('stopped')
