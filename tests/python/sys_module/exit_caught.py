import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught', e.code, e.args, type(e).__mro__)
try:
    sys.exit('msg')
except SystemExit as e:
    print('caught', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('caught', e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print('caught', e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
