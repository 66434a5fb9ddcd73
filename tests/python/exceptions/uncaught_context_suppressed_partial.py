try:
    1 / 0
except ZeroDivisionError as e:
    err = RuntimeError('wrapped')
    err.__suppress_context__ = True
    raise err
