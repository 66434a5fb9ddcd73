def show(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return repr(r)
ITEMS = [b'', b'hello', b'Hello World', b'  pad\t', b'a,b,,c', b'\x00\xff\x80', b'MiXeD 123', b'line1\nline2\r\n', bytearray(b'mutable'), b'aaa']
for b in ITEMS:
    print(repr(b), '->', show(lambda b: (b.split(), b.split(b','), b.rsplit(None, 1)), b))
