class CM:
    def __enter__(self): raise OSError('cannot enter')
    def __exit__(self, *a): pass
print('start')
with CM(): pass
print('not reached')
