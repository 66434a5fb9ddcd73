e = OSError(2, 'No such file or directory')
print(type(e).__name__, repr(e), repr(str(e)), e.args)
raise e
