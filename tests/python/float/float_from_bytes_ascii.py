# float() of bytes-like objects reads ASCII only: b"\xa0" is not a space there (it is in str).
for b in [b"123\xa0", b"\xa0123", bytearray(b"1\xa0"), b" 1.5 ", memoryview(b"2.5")]:
    try:
        print(float(b))
    except ValueError as e:
        print("ValueError:", e)
print(float("123\xa0"), float("\u0661.5"))
