class Sleep:
    def __init__(self, ticks): self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield
async def worker(name, n, log):
    for i in range(n):
        log.append(f'{name}{i}')
        await Sleep(1 if name == 'a' else 2)
    return name
def run_all(coros):
    log_done = []
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            log_done.append(e.value)
    return log_done
log = []
print(run_all([worker('a', 3, log), worker('b', 2, log), worker('c', 1, log)]))
print(log)
