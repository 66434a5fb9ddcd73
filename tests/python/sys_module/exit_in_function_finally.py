import sys
def f():
    try:
        print('in try')
        sys.exit(4)
    finally:
        print('finally 1')
try:
    f()
finally:
    print('finally 2')
