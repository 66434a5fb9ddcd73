import re
for n in (90, 120, 200):
    try:
        print(n, re.compile('(' * n + ')' * n).groups)
    except RecursionError:
        print(n, "RecursionError")
    except Exception as e:
        print(n, type(e).__name__)
