for spec in ('s', ',x', '=,s', '.2d', 'z'):
    try:
        print(format(5, spec))
    except ValueError as e:
        print("ValueError:", e)
try:
    format(-1, 'c')
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    format(0x110000, 'c')
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
print(format(65, 'c'), format(0x1F600, 'c'))
