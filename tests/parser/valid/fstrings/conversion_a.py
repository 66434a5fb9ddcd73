f'{x!a}'
