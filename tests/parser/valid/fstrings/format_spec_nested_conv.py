f'{x!r:^{w!s}}'
