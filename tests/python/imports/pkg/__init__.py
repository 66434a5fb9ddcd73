NAME = 'pkg-root'
print('pkg init runs')
