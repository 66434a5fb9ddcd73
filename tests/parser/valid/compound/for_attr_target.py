for self.i in x:
    pass
