# A malformed lookup in a replacement field is reported only when str.format gets to it:
# the argument and the lookups before it come first, with their own errors.
class Loud:
    def __getattr__(self, name):
        print("getattr", name)
        return self

    def __getitem__(self, key):
        print("getitem", repr(key))
        return self


cases = [
    ("{0.}", (), {}),
    ("{0.}", (1,), {}),
    ("{.}", (), {}),
    ("{a.}", (), {}),
    ("{a.}", (), {"a": 1}),
    ("{0.a.}", (Loud(),), {}),
    ("{0.a[}", (Loud(),), {}),
    ("{0[x]y}", (Loud(),), {}),
    ("{0[5]y}", ([1],), {}),
    ("{0[0]y}", ([1],), {}),
    ("{0[]}", ([1],), {}),
    ("{0[]}", (), {}),
    ("{0.a..b}", (Loud(),), {}),
    ("{}{0.}", (1,), {}),
    ("{0.}{}", (), {}),
    ("{x[0].}", (), {"x": [Loud()]}),
]
for fmt, args, kwargs in cases:
    try:
        print(fmt, "->", repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(fmt, "->", type(e).__name__, e)

import _string

for name in ["0.a.", "0[", "a.b[c]", "0[1]x"]:
    try:
        first, rest = _string.formatter_field_name_split(name)
        print(name, first, list(rest))
    except Exception as e:
        print(name, type(e).__name__, e)
