async def agen():
    for i in range(3):
        yield i
async def main():
    return [i * 2 async for i in agen() if i], {i async for i in agen()}
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
