print('start')
raise SystemExit(2)
print('not reached')
