print('start')
if (n := len(None)) > 0: pass
print('not reached')
