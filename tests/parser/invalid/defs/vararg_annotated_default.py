def g(k, *rest: str = (), m): pass
