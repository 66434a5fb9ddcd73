for op in ('//', '%', '/'):
    for a in (1, 0, 2**70):
        try:
            eval(f"{a} {op} 0")
        except ZeroDivisionError as e:
            print(op, a, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("divmod", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("pow", e)
try:
    5 % 0.0
except ZeroDivisionError as e:
    print("float mod", e)
try:
    5 / 0.0
except ZeroDivisionError as e:
    print("float div", e)
try:
    5 // 0.0
except ZeroDivisionError as e:
    print("float floordiv", e)
