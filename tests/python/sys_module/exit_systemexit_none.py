print('raise SystemExit(None)')
raise SystemExit(None)
