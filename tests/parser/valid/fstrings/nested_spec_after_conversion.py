f'{x!r:>{width}}'
