e = OSError(13, 'Permission denied', 'secret.txt')
print(type(e).__name__, repr(e), repr(str(e)), e.args)
raise e
