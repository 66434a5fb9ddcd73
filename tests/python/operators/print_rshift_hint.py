# `print >> x` (Python 2's redirection) gets CPython's hint; other builtins do not.
for left, right in [(print, 1), (max, 1), (print, "s")]:
    try:
        left >> right
    except TypeError as e:
        print(e)
try:
    print << 1
except TypeError as e:
    print(e)
