f'{x!s}'
