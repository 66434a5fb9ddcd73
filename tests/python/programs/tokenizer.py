import re
SPEC = [('NUM', r'\d+(\.\d+)?'), ('ID', r'[A-Za-z_]\w*'), ('OP', r'[+\-*/()=<>!]=?'), ('STR', r'"[^"]*"'), ('WS', r'\s+'), ('BAD', r'.')]
RX = re.compile('|'.join(f'(?P<{n}>{p})' for n, p in SPEC))
def tokenize(src):
    for m in RX.finditer(src):
        kind = m.lastgroup
        if kind == 'WS':
            continue
        if kind == 'BAD':
            raise SyntaxError(f'unexpected {m.group()!r} at {m.start()}')
        yield kind, m.group()
for src in ['x = 3.14 * (y + 2)', 'if a >= b != c', 'name = "hello world"', 'bad $ char']:
    try:
        print(list(tokenize(src)))
    except SyntaxError as e:
        print('SyntaxError:', e)
