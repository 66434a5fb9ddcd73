def check(x):
    assert (x > 0 and
            x < 10), 'out of range: %d' % x
check(3)
print('ok')
check(30)
