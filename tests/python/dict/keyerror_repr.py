d = {}
for k in ('s', 1, (1, 2), None, '', 2.5, ('a',)):
    try:
        d[k]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    d.pop(frozenset())
except KeyError as e:
    print(repr(e), str(e))
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print(repr(e), str(e))
try:
    raise KeyError()
except KeyError as e:
    print(repr(e), repr(str(e)))
