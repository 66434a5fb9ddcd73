async def agen():
    try:
        yield 1
        yield 2
    except ValueError:
        print('agen caught ValueError')
        yield 'after-throw'
    finally:
        print('agen finally')
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ('value', e.value)
    except StopAsyncIteration:
        return ('stop',)
    return ('suspended',)
g = agen()
print(step(g.__anext__()))
print(step(g.athrow(ValueError('x'))))
print(step(g.aclose()))
g2 = agen()
print(step(g2.aclose()))
print(step(g2.__anext__()))
