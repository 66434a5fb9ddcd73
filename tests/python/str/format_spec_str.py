s = 'héllo'
for spec in ('', '10', '<10', '>10', '^10', '.2', '10.3', '*^9', '-<8', 's', '=>7', '^', '1'):
    print(repr(spec), repr(format(s, spec)), repr(format('😀x', spec)))
for spec in ('d', '=10', '+', '010', ',', 'x'):
    try:
        print(format(s, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
