e = Exception('a', 1, None)
print(type(e).__name__, repr(e), repr(str(e)), e.args)
raise e
