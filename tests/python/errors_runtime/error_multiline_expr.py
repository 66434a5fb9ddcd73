def compute(a, b, c):
    return (a +
            b *
            c)
compute(1, 2, None)
