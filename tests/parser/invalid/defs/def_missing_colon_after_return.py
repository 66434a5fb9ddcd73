def g() -> int
    pass
