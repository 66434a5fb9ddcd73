h = lambda **kw=None: kw
