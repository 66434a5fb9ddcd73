async def g():
    f'{await x}'
