import sys
def show():
    print(repr(sys.exception()))
show()
try:
    raise ValueError(1)
except ValueError:
    show()
    try:
        raise KeyError(2)
    except KeyError:
        show()
    finally:
        show()
    show()
show()
