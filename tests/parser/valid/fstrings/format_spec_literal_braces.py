f'{x:%Y-%m-%d}'
