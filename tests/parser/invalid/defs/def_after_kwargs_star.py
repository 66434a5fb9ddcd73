def g(**k, *a): pass
