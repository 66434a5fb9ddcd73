async def g():
    return [x for await x in y]
