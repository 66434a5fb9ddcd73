a = 256
b = 256
print(a == b, int('256') == 256)
print(0 == -0, -0, 0 * -1)
print(int() , int('0'), type(int()).__name__)
print(int.from_bytes(b'\xff' * 16, 'little', signed=True))
print((-5) // 2, (-5) % 2, 5 // -2, 5 % -2)
print((-5).__floordiv__(2), (-5).__mod__(-2))
