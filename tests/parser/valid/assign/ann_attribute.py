self.x: list[int] = []
