# types.MappingProxyType: `|` runs the full operator protocol on the wrapped mappings (so an
# OrderedDict's __ror__ wins), `|=` is refused, and the class is generic.
import collections
import types

mp = types.MappingProxyType({"a": 1})
print(types.MappingProxyType[int, str], type(types.MappingProxyType[int]).__name__)
print(sorted(set(dir(mp)) - set(dir(object()))))
print(mp | {"b": 2}, {"b": 2} | mp, mp | mp)
for r in (mp | collections.OrderedDict(b=2), collections.OrderedDict(b=2) | mp):
    print(type(r).__name__, r)
for f in (lambda: mp | 3, lambda: 3 | mp, lambda: mp.__or__(3), lambda: mp.__ior__({})):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    mp |= {"b": 2}
except TypeError as e:
    print("TypeError:", e)
print(mp)
