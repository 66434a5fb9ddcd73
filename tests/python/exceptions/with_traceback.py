import sys
try:
    raise ValueError('a')
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next, type(tb).__name__)
    e2 = KeyError('b').with_traceback(tb)
    print(e2.__traceback__ is tb)
def f():
    raise TypeError('in f')
try:
    f()
except TypeError as e:
    t = e.__traceback__
    lines = []
    while t:
        lines.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(lines)
