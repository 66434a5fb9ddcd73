for n in range(1, 9):
    print(repr('ab'.center(n)), repr('abc'.center(n)), repr('a'.center(n, '-')))
