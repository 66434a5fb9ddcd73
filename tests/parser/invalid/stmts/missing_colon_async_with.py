async def g():
    async with lock
        pass
