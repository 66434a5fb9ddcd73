cfg = {'host': 'h', 'port': 80, 'debug': True}
match cfg:
    case {'host': str(h), 'port': int(p), **others}:
        print(h, p, others)
match {1: 'one', 'a': 2}:
    case {1: v, 'a': w}:
        print(v, w)
try:
    exec("match {}:\n    case {'a': 1, 'a': 2}:\n        pass")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
