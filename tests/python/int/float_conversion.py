for n in (2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**64 + 2**11, 2**64 + 2**11 + 1, 10**22, 10**23, -(2**63)):
    print(n, float(n), float(n).hex())
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
print(float(2**1023 * 2 - 2**970 - 1))
print(2**1024 - 2**970 - 1 > 0)
try:
    print(float(2**1024 - 2**970))
except OverflowError as e:
    print("OverflowError:", e)
