import sys
from contextlib import contextmanager, ExitStack
@contextmanager
def gets_the_context_right(exc):
    try:
        yield
    finally:
        print('in finally for', exc, 'handling', sys.exc_info()[1])
        raise exc
exc1, exc2, exc3, exc4 = (Exception(i) for i in range(1, 5))
try:
    with ExitStack() as stack:
        stack.enter_context(gets_the_context_right(exc4))
        stack.enter_context(gets_the_context_right(exc3))
        stack.enter_context(gets_the_context_right(exc2))
        raise exc1
except Exception as exc:
    pass
for e in (exc1, exc2, exc3, exc4): print(e, '->', e.__context__)
