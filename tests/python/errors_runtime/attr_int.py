n = 5
print('start')
n.append(1)
print('not reached')
