async def g():
    del await x
