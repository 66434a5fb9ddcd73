import asyncio, sys
async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print('ticker closed')
async def fails():
    await asyncio.sleep(0.001)
    raise ValueError('inside a task')
async def main():
    got = [i async for i in ticker(3)]
    print(got)
    agen = ticker(10)
    print(await agen.__anext__())
    try:
        await asyncio.gather(fails(), asyncio.sleep(0.01))
    except ValueError as e:
        print('gather raised', e)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.005, fut.set_result, 'later')
    print(await fut)
    print(sys.get_asyncgen_hooks().firstiter is not None)
    return 'done'
print(asyncio.run(main()))
print(sys.get_asyncgen_hooks())
import socket
a, b = socket.socketpair()
a.sendall(b'ping')
print(b.recv(10), a.fileno() != b.fileno())
b.setblocking(False)
try:
    b.recv(10)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
a.close()
print(b.recv(10))
b.close()
