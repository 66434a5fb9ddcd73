e = ImportError('cannot import', name='x')
print(type(e).__name__, repr(e), repr(str(e)), e.args)
raise e
