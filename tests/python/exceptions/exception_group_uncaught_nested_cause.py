try:
    raise KeyError('root')
except KeyError as e:
    raise ExceptionGroup('with cause', [ValueError('inner')]) from e
