async def f():
    pass
c = f()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
import inspect
print(inspect.iscoroutine(c), inspect.iscoroutinefunction(f), inspect.isawaitable(c))
c.close()
print(c.cr_frame)
async def g():
    yield
print(inspect.isasyncgenfunction(g), inspect.isasyncgen(g()))
