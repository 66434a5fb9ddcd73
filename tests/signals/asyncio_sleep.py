# Ctrl-C while asyncio's loop waits in select(): asyncio.run's handler cancels the main
# task (through the loop's self-pipe), and KeyboardInterrupt comes out of asyncio.run.
import asyncio


async def main():
    print("ready", flush=True)
    try:
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        print("cancelled")
        raise


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the top")
