e = IsADirectoryError(21, 'Is a directory', 'dir')
print(type(e).__name__, repr(e), repr(str(e)), e.args)
raise e
