print(True, False, repr(True), str(False), int(True), float(False), bool(), bool(0), bool(0.0), bool(-0.0))
print(bool(''), bool(' '), bool([]), bool([0]), bool({}), bool(()), bool(None), bool(0j), bool(float('nan')))
print(type(True).__name__, bool.__mro__, True is True, not True, not not 5)
print(True and 5, 0 and 5, 0 or '', '' or [], 5 or 0, None or 'x' and 'y')
print(True == 1, False == 0.0, True + True == 2)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(bool.__name__, bool(bool), True.real, True.numerator, True.bit_length())
