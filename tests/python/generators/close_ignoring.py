def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print('exit, returning')
        return 'value ignored'
g2 = returns_on_close()
next(g2)
print(g2.close())
def raises_other():
    try:
        yield
    finally:
        raise ValueError('from finally')
g3 = raises_other()
next(g3)
try:
    g3.close()
except ValueError as e:
    print('ValueError:', e)
