class Restart:
    def __init__(self, low, high):
        self.current = self.low = low
        self.high = high
    def __next__(self):
        if self.current > self.high:
            self.current = self.low
            raise StopIteration
        self.current += 1
        return self.current - 1
    def __iter__(self):
        return self
a = Restart(0, 2)
b = Restart(10, 14)
z = zip(a, b)
print(list(z))
print(list(z))
a.high = 4
print(list(z))
print(z.__reduce__()[1] == (a, b))
z = zip(Restart(0, 1), Restart(5, 6), strict=True)
print(list(z))
print(list(z))
z = zip(Restart(0, 1), Restart(5, 7), strict=True)
try:
    print(list(z))
except ValueError as e:
    print(e)
print(list(z))
l = [1, 2]
z = zip(l)
print(list(z)); l.append(3); print(list(z))
