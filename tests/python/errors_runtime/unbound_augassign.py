total = 0
def add():
    total += 1
print('start')
add()
print('not reached')
