e = FileNotFoundError(2, 'No such file or directory', 'a.txt')
print(type(e).__name__, repr(e), repr(str(e)), e.args)
raise e
