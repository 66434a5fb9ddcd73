e = BlockingIOError(11, 'would block')
print(type(e).__name__, repr(e), repr(str(e)), e.args)
raise e
