e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(type(e).__name__, repr(e), repr(str(e)), e.args)
raise e
