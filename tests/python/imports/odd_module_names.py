# Module names that are no directory entry ('.', '/', names with a path separator) are
# not found, though joined to a path entry they would name a directory.
for name in [".", "..", ".sys", "/", "/./", "a..b", "sys.", "", "./x", "x/"]:
    for fromlist in ([], ["y"]):
        try:
            m = __import__(name, fromlist=fromlist)
            print(repr(name), fromlist, "->", m.__name__)
        except Exception as e:
            print(repr(name), fromlist, type(e).__name__, e)
