cfg = {'db': None}
print('start')
cfg['db'].host
print('not reached')
