class A:
    def __init__(self):
        self.x = 1

    @property
    def y(self):
        return self.x
