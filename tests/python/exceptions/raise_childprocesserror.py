e = ChildProcessError('child')
print(type(e).__name__, repr(e), repr(str(e)), e.args)
raise e
