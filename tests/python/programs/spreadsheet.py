import re
cells = {'A1': '5', 'A2': '7', 'A3': '=A1+A2', 'B1': '=A3*2', 'B2': '=B1-A1/2', 'C1': '=C2', 'C2': '=C1', 'D1': '=Z9+1'}
def value(name, seen=()):
    if name in seen: raise RecursionError(f'cycle: {" -> ".join(seen + (name,))}')
    raw = cells.get(name)
    if raw is None: raise KeyError(name)
    if not raw.startswith('='): return float(raw)
    expr = re.sub(r'[A-Z]\d+', lambda m: repr(value(m.group(), seen + (name,))), raw[1:])
    return eval(expr, {'__builtins__': {}})
for n in sorted(cells):
    try: print(n, value(n))
    except RecursionError as e: print(n, 'RecursionError:', e)
    except KeyError as e: print(n, 'missing cell', e)
