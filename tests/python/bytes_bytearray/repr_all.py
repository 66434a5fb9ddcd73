print(bytes(range(0, 256, 7)))
print(bytearray(range(250, 256)), repr(bytearray()), repr(bytes()))
print(str(b'x'), ascii(b'\x80'), f"{b'q'}", '%s' % b'q', format(b'ab'))
