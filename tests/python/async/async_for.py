class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    out = []
    async for x in ARange(4):
        out.append(x)
    else:
        out.append('else')
    return out
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
async def comp():
    return [x async for x in ARange(3)], {x: x * x async for x in ARange(2)}
print(run(comp()))
