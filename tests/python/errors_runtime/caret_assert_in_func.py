def check(items):
    for i in items:
        assert i   !=   2 , i
check([1, 2])
