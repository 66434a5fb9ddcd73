# int() of bytes reads ASCII only: b"\xa0" is not a space there (it is in str).
for b in [b"12\xa0", b"\xa012", bytearray(b"1\xa0")]:
    try:
        print(int(b))
    except ValueError as e:
        print("ValueError:", e)
print(int("12\xa0"), int(bytearray(b" 7 ")))
