def g():
    while True:
        try:
            yield
        except Exception as e:
            print('caught', type(e).__name__, e)
it = g()
next(it)
it.throw(ValueError('instance'))
it.throw(KeyError)
import warnings
warnings.simplefilter('ignore')
it.throw(TypeError, 'value arg')
try:
    it.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit propagated')
print('state after', it.gi_frame)
