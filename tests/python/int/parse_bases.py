print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0))
print(int('z', 36), int('Zz', 36), int('10', 2), int('777', 8), int('-101', 2))
print(int('  42  '), int('+7'), int('-0'), int('1_000_000'), int('0x_ff', 16))
print(int('٣٤'), int('１２３'))
print(int('0', 0), int('00', 0), int('0_0', 0))
print(int(3.99), int(-3.99), int(1e20), int(True))
for s, b in (('12a', 10), ('', 10), ('1__0', 10), ('_1', 10), ('09', 0), ('0x', 16), ('2', 2), ('1.5', 10), (' ', 10)):
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
for b in (1, 37, -1):
    try:
        int('1', b)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
