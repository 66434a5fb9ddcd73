class MyError(Exception):
    pass
def deep(n):
    if n == 0:
        raise MyError('reached', n)
    deep(n - 1)
deep(3)
