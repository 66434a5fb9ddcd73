def gen(name):
    try:
        print(name, 'start')
        yield 1
        yield 2
    finally:
        print(name, 'finally')
a = gen('a')
next(a)
del a
print('after del a')
b = gen('b')
for x in b:
    print('b got', x)
    break
print('after break, b still referenced')
b = None
print('after b = None')
for x in gen('c'):
    print('c got', x)
    break
print('after loop over temporary')
def chain():
    for v in gen('inner'):
        yield v
c = chain()
next(c)
c.close()
print('end')
