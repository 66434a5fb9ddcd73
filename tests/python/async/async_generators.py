async def agen(n):
    for i in range(n):
        yield i
        print('after yield', i)
    print('agen end')
async def main():
    res = []
    async for v in agen(3):
        res.append(v)
    return res
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
ag = agen(2)
print(type(ag).__name__, ag.__name__)
step = ag.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print('first value', e.value)
step = ag.asend(None)
try:
    step.send(None)
except StopIteration as e:
    print('second value', e.value)
step = ag.__anext__()
try:
    step.send(None)
except StopAsyncIteration:
    print('StopAsyncIteration')
