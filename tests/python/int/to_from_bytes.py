print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((1024).to_bytes(4, byteorder='big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((2**64 - 1).to_bytes(8, 'big'))
print((0).to_bytes(0, 'big'), (255).to_bytes(1, 'big'))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes([1, 2, 3], 'big'))
print(int.from_bytes(bytearray(b'\x80'), 'little', signed=True))
print(int.from_bytes(b'\x01' * 20, 'big'))
for n, l in ((256, 1), (-129, 1), (128, 1)):
    try:
        print(n.to_bytes(l, 'big', signed=(n < 0)))
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (-1).to_bytes(2, 'big')
except OverflowError as e:
    print("OverflowError:", e)
try:
    (1).to_bytes(2, 'middle')
except ValueError as e:
    print("ValueError:", e)
print((5).to_bytes(), int.from_bytes(b'\x05'))
