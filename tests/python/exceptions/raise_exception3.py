e = Exception('multi\nline message')
print(type(e).__name__, repr(e), repr(str(e)), e.args)
raise e
