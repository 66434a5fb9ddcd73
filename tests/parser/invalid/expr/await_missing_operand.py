async def g():
    await
