UNITS = {'length': {'m': 1.0, 'km': 1000.0, 'cm': 0.01, 'in': 0.0254, 'ft': 0.3048, 'mi': 1609.344},
         'mass': {'kg': 1.0, 'g': 0.001, 'lb': 0.45359237, 'oz': 0.028349523125}}
def convert(v, a, b):
    for dim, table in UNITS.items():
        if a in table and b in table: return v * table[a] / table[b]
    if (a, b) == ('C', 'F'): return v * 9 / 5 + 32
    if (a, b) == ('F', 'C'): return (v - 32) * 5 / 9
    raise ValueError(f'cannot convert {a} to {b}')
for v, a, b in [(1, 'mi', 'km'), (100, 'cm', 'in'), (5, 'ft', 'm'), (2.2, 'lb', 'kg'), (1, 'kg', 'oz'), (100, 'C', 'F'), (-40, 'F', 'C'), (1, 'kg', 'm')]:
    try: print(f'{v} {a} = {convert(v, a, b):.6g} {b}')
    except ValueError as e: print('ValueError:', e)
