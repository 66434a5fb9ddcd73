async def f():
    return 1
async def bad():
    await 5
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
try:
    run(bad())
except TypeError as e:
    print('TypeError:', e)
class NotAwaitable:
    def __await__(self):
        return 5
async def bad2():
    await NotAwaitable()
try:
    run(bad2())
except TypeError as e:
    print('TypeError:', e)
c = f()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
async def raiser():
    raise ValueError('inside coroutine')
try:
    run(raiser())
except ValueError as e:
    print('ValueError:', e)
