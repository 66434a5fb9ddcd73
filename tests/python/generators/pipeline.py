def read(lines):
    for line in lines:
        yield line
def strip_comments(lines):
    for l in lines:
        if not l.lstrip().startswith('#'):
            yield l
def parse(lines):
    for l in lines:
        k, _, v = l.partition('=')
        yield k.strip(), v.strip()
src = ['a = 1', '# comment', 'b=two', '  # x', 'c = 3 = 4']
print(dict(parse(strip_comments(read(src)))))
def counter():
    c = 0
    while True:
        cmd = yield c
        if cmd == 'reset':
            c = 0
        else:
            c += 1
ct = counter()
print(next(ct), ct.send(None), ct.send(None), ct.send('reset'), ct.send(None))
