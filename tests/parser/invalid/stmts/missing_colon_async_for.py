async def g():
    async for x in y
        pass
