for d[0] in x: pass
