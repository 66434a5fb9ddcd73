for s in ('1', ' 1.5 ', '-.5', '+5.', '1e5', '1E-5', '1_000.5', '1.5e1_0', 'inf', 'nan', '  -0  ', '٣.٥', '0x10' , '1e', '.', '1__0', '', 'infinity', '1e400', '-1e400', '4.9e-325', '2.4703282292062328e-324'):
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(float(b'2.5'), float(bytearray(b'-3')), float(7), float(True), float(2**70))
class F:
    def __float__(self):
        return 1.25
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
