# hashlib.pbkdf2_hmac: known vectors, dklen, buffer arguments, and its argument errors.
import hashlib

print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pw", b"NaCl", 100, dklen=10).hex())
print(hashlib.pbkdf2_hmac("md5", bytearray(b"pw"), memoryview(b"salt"), 3).hex())
for args in [("sha256", b"p", b"s", 0), ("sha256", b"p", b"s", 1, 0), ("nope", b"p", b"s", 1)]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    hashlib.pbkdf2_hmac("sha256", "p", b"s", 1)
except TypeError as e:
    print("TypeError", e)

