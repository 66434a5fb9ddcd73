sorted(x, key=lambda t: t[1])
