import sys
def gen():
    try:
        print('a', sys.exc_info()[0])
        yield
    except Exception as exc:
        print('b', sys.exc_info()[0], exc.__context__)
        yield
        print('c', sys.exc_info()[0])
        yield
        raise

make = gen()
next(make)
try:
    raise ValueError()
except Exception as exc:
    try:
        make.throw(exc)
    except Exception:
        pass
print('d', sys.exc_info()[0])
next(make)
try:
    next(make)
except ValueError:
    print('ValueError raised')

def g2():
    try:
        yield
    except Exception:
        print('e', sys.exc_info()[0])
        yield
x = g2(); next(x)
x.throw(KeyError('k'))
import sys
def gen():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise ValueError('b')
    except ValueError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
    try:
        raise TypeError
    except TypeError:
        pass
    yield sys.exc_info()[0]
    try:
        yield 'in try'
    finally:
        yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    print(list(gen()))
print(list(gen()))
g = gen()
print(next(g), next(g), next(g), next(g))
try:
    raise OSError
except OSError:
    print(next(g))
