# defaultdict.__missing__ takes exactly one argument, checked before the factory is.
import collections

d = collections.defaultdict(None)
for args in [(), (1, 2)]:
    try:
        d.__missing__(*args)
    except TypeError as e:
        print(repr(e))
try:
    d.__missing__(key=1)
except TypeError as e:
    print(repr(e))
try:
    d.__missing__({1: 2})
except KeyError as e:
    print(repr(e))
d = collections.defaultdict(list)
print(d.__missing__("k"), dict(d))
