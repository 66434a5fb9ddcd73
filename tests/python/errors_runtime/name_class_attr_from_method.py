class A:
    size = 3
    def area(self):
        return size * size
print('start')
A().area()
print('not reached')
