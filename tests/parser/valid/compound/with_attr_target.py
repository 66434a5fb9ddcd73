with x as self.y:
    pass
