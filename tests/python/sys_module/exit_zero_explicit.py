import sys
try:
    sys.exit(0)
finally:
    print('finally during exit')
