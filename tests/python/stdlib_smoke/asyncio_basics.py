import asyncio, time
async def worker(name, delay, out):
    await asyncio.sleep(delay)
    out.append(name)
    return name * 2
async def main():
    out = []
    t = time.monotonic()
    results = await asyncio.gather(worker('a', 0.03, out), worker('b', 0.01, out), worker('c', 0.02, out))
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item)
        return got
    _, got = await asyncio.gather(producer(), consumer())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print('timed out')
    task = asyncio.create_task(worker('d', 0, out))
    await task
    # completion order depends on timing under load; the set does not
    print(results, sorted(out), got, task.result(), time.monotonic() - t < 5)
asyncio.run(main())
