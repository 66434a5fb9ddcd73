e = UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)')
print(type(e).__name__, repr(e), repr(str(e)), e.args)
raise e
