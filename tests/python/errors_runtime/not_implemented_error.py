class Base:
    def area(self):
        raise NotImplementedError('subclass must implement')
Base().area()
