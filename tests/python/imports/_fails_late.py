def broken():
    return {}['key']
print('importing _fails_late')
broken()
