f'{x!r}'
