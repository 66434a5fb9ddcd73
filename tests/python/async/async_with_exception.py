class ACM:
    async def __aenter__(self):
        print('enter')
        return self
    async def __aexit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, v)
        return False
async def main():
    try:
        async with ACM():
            raise KeyError('propagates')
    except KeyError as e:
        print('caught', repr(e))
    async with ACM() as a:
        return 'returned from inside'
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
class NoAexit:
    async def __aenter__(self): return 1
async def bad():
    async with NoAexit():
        pass
try:
    bad().send(None)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
