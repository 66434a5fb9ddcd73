results = []
print('start')
reslts.append(1)
print('not reached')
