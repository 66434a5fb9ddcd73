class V:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield
        return self.v * 10
async def main():
    a = [await V(i) for i in range(3)]
    b = {i: await V(i) for i in range(2)}
    return a, b
c = main()
n = 0
try:
    while True:
        c.send(None)
        n += 1
except StopIteration as e:
    print(e.value, 'suspensions', n)
