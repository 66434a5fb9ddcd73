def check(a, b, c):
    assert not (a < b or c), 'failed'
check(2, 1, 0)
check(1, 2, 0)
