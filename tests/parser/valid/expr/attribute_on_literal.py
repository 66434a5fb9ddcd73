'sep'.join(x)
