class ACM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print('aenter', self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print('aexit', self.name, t.__name__ if t else None)
        return True
async def main():
    async with ACM('a') as x, ACM('b') as y:
        print('body', x, y)
        raise ValueError('suppressed')
    return 'done'
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
