lambda: 0: int
