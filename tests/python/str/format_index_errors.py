for s in ('{0:>{1}}', '{:{}}', '{:{}{}}'):
    try:
        print(repr(s.format('ab', 6, 'x')))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    '{:{:{}}}'.format(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
print('{0:{fill}{align}{width}}'.format('z', fill='.', align='^', width=7))
print('{:c}'.format(9731), '{:x}'.format(2**70), '{:,}'.format(-1234.5), '{:e}'.format(12))
print('{0}{0}{0}'.format('ab'), '{}'.format({}), '{}'.format(()), '{!r}'.format(''))
