# getrandbits and randbytes of large sizes give CPython's numbers, and at once.
import random

random.seed(12345)
x = random.getrandbits(100_000)
print(x.bit_length(), x % 1_000_000_007, x >> 99_960)
b = random.randbytes(1_000_000)
print(len(b), b[:16].hex(), b[-16:].hex(), sum(b[::997]))
print(random.getrandbits(33), random.getrandbits(64), random.getrandbits(1))
