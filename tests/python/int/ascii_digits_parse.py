for s in ('0', '-17', '+3', '1_2_3', '٠١٢', '\u0663\u0664', '\uff11\uff10', ' \t 42\n', '0x10'):
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(int('1' * 100) % 97)
print(int('-' + 'f' * 40, 16))
print(int('1' + '0' * 60, 2))
print(int('zz' * 10, 36))
