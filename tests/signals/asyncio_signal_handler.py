# signal: SIGTERM
# asyncio's loop.add_signal_handler: the callback runs in the loop, woken through the
# signal wake-up descriptor while the loop waits in select().
import asyncio
import signal


async def main():
    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    loop.add_signal_handler(signal.SIGTERM, lambda: stop.set_result("SIGTERM"))
    print("ready", flush=True)
    print("stopped by", await stop)
    loop.remove_signal_handler(signal.SIGTERM)


asyncio.run(main())
print(signal.set_wakeup_fd(-1))
