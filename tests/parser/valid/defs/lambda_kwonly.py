f = lambda *, a: a
