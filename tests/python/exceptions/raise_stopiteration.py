e = StopIteration(42)
print(type(e).__name__, repr(e), repr(str(e)), e.args)
raise e
