del a, b.c, d[0], e[1:2]
