for spec in ('d', '5d', '<5d', '^7d', '=+8d', '+d', ' d', '08d', ',d', '_d', 'x', 'X', '#x', '#o', '#b', 'b', '#010b', 'c', 'n', 'e', '.2f', '%', '_b', '#_x', ',.2f'):
    print(repr(spec), repr(format(42, spec)), repr(format(-42, spec)) if spec != 'c' else '')
print(format(1234567890, ','), format(-1234567, '_'), format(2**40, '_o'))
print(f"{255:#X} {255:08b} {-255:#x} {1000000:,} {12345:>10,}")
