# Ctrl-C while a coroutine computes.
import asyncio


async def main():
    n = 0
    print("ready", flush=True)
    while True:
        n += 1
        if n % 100000 == 0:
            await asyncio.sleep(0)


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the top")
