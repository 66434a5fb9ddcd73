def dump(v, indent=0):
    pad = '  ' * indent
    if isinstance(v, dict):
        if not v: return '{}'
        items = [f'{pad}  {esc(k)}: {dump(val, indent + 1)}' for k, val in v.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(v, list):
        if not v: return '[]'
        return '[\n' + ',\n'.join(pad + '  ' + dump(x, indent + 1) for x in v) + '\n' + pad + ']'
    if isinstance(v, str): return esc(v)
    if v is True: return 'true'
    if v is False: return 'false'
    if v is None: return 'null'
    return repr(v)
def esc(s):
    out = '"'
    for c in s:
        if c == '"': out += '\\"'
        elif c == '\\': out += '\\\\'
        elif c == '\n': out += '\\n'
        elif ord(c) < 0x20: out += f'\\u{ord(c):04x}'
        else: out += c
    return out + '"'
doc = {'name': 'Widget "Pro"', 'tags': ['a', 'b\nc'], 'price': 9.99, 'stock': None, 'active': True, 'dims': {'w': 1, 'h': [2, 3, {}]}, 'empty': [], 'ctrl': '\x01é'}
print(dump(doc))
import json
print(json.loads(dump(doc)) == doc)
