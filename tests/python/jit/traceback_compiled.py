# Exceptions raised in hot (compiled) code keep CPython's traceback.
def inner(x):
    return 10 // x

def middle(xs):
    total = 0
    for x in xs:
        total += inner(x)
    return total

def outer():
    return middle(list(range(400, 0, -1)) + [0])

for _ in range(3):
    try:
        middle(list(range(1, 300)))
    except ZeroDivisionError:
        pass
outer()
