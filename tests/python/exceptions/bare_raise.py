def handler():
    try:
        raise KeyError('orig')
    except KeyError:
        try:
            raise ValueError('inner')
        except ValueError:
            pass
        raise
try:
    handler()
except KeyError as e:
    print('reraised', repr(e))
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
def reraise_in_func():
    raise
try:
    try:
        raise TypeError('t')
    except TypeError:
        reraise_in_func()
except TypeError as e:
    print('function bare raise', repr(e))
