class E(Exception): pass
print('start')
raise E('a', 1)
print('not reached')
