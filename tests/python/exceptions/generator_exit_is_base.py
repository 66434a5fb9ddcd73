print(issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(StopIteration, Exception))
def g():
    try:
        yield
    except Exception:
        print('not caught by except Exception')
    except BaseException as e:
        print('caught as BaseException', type(e).__name__)
        raise
it = g(); next(it); it.close()
try:
    raise KeyboardInterrupt
except Exception:
    print('wrong')
except BaseException as e:
    print('BaseException handler', type(e).__name__)
