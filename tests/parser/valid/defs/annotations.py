def f(a: int, b: str = 'x', *args: int, c: bool, **kw: object) -> None:
    pass
