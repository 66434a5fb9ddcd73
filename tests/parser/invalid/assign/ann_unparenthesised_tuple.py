x: int, str
