def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught inside', e)
        yield 'recovered'
    finally:
        print('finally in g')
it = g()
print(next(it))
print(it.throw(ValueError('boom')))
try:
    next(it)
except StopIteration:
    print('done')
it2 = g()
print(next(it2))
it2.close()
print('closed', it2.gi_frame is None)
it3 = g()
try:
    it3.throw(KeyError('early'))
except KeyError as e:
    print('unstarted throw propagates', e)
it3.close()
