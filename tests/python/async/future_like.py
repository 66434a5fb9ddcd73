class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, v):
        self.done = True
        self.result = v
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Loop:
    def __init__(self): self.ready = []
    def spawn(self, coro):
        self.ready.append((coro, None))
    def run(self):
        while self.ready:
            coro, val = self.ready.pop(0)
            try:
                fut = coro.send(val)
            except StopIteration as e:
                print('task finished with', e.value)
                continue
            fut.callbacks.append(lambda f, c=coro: self.ready.append((c, f.result)))
loop = Loop()
f1 = Future()
async def consumer():
    v = await f1
    print('consumer got', v)
    return v + 1
async def producer():
    print('producing')
    f1.set_result(41)
    return 'produced'
loop.spawn(consumer())
loop.spawn(producer())
loop.run()
