e = FileExistsError(17, 'File exists', 'x', None, 'y')
print(type(e).__name__, repr(e), repr(str(e)), e.args)
raise e
