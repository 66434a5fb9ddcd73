import sys
def f():
    sys.exit('stopping from f')
print('start')
f()
print('not reached')
