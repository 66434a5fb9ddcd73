data = [1, 5, 9, 12]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 5], y)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
print((a := 10) + a, a)
def f():
    return [(z := i) for i in range(3)], z
print(f())
print(any((w := x) > 3 for x in [1, 4, 2]), w)
