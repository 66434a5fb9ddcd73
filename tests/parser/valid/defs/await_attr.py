async def f():
    await self.x.y(1)
