for c in ('a', 'é', '€', '😀', '\x00', '\uffff', '\U0010ffff', '\n'):
    print(repr(c), ord(c), hex(ord(c)), chr(ord(c)) == c)
print(chr(65), chr(0x1F600), repr(chr(0xd800)), len(chr(0x10000)))
for v in (-1, 0x110000):
    try:
        chr(v)
    except ValueError as e:
        print("ValueError:", e)
for v in ('', 'ab', b'ab'):
    try:
        ord(v)
    except TypeError as e:
        print("TypeError:", e)
print(ord(b'a'), ord(bytearray(b'z')))
