try:
    (5).foo
except AttributeError as e:
    print(e)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
try:
    5 + "a"
except TypeError as e:
    print(e)
try:
    "a" + 5
except TypeError as e:
    print(e)
try:
    5 < "a"
except TypeError as e:
    print(e)
try:
    -"a"
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
try:
    1 << 1.0
except TypeError as e:
    print(e)
try:
    [] * 1.5
except TypeError as e:
    print(e)
