print(int('  -12  '), float('  3.5e2 '), str(12.0), complex('1-2j'), bool('False'), list('ab'), tuple([1]), set('aa'), dict(a=1))
print(int(False), float(True), str(True), str(None), str([None]), str((1,)), str({1}))
