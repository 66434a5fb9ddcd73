print(bytes(b'ab'), bytes('xy', 'ascii'), bytes(2), bytes([1, 2]), bytes(bytearray(b'q')), bytes(memoryview(b'mv')))
print(bytearray(3), bytearray(b'a') + b'b', len(bytes(10)), list(bytes(range(3))))
try:
    bytes('x')
except TypeError as e:
    print('TypeError:', e)
try:
    bytes(-1)
except ValueError as e:
    print('ValueError:', e)
