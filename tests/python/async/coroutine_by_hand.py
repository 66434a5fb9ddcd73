class Suspend:
    def __await__(self):
        v = yield 'suspended'
        return f'resumed with {v}'
async def work(x):
    r = await Suspend()
    print('work got', r)
    return x * 2
c = work(21)
print(type(c).__name__)
print(c.send(None))
try:
    c.send('hello')
except StopIteration as e:
    print('result', e.value)
async def nested():
    a = await work(1)
    b = await work(2)
    return a + b
n = nested()
print(n.send(None), n.send('first'), end=' | ')
try:
    n.send('second')
except StopIteration as e:
    print('nested result', e.value)
