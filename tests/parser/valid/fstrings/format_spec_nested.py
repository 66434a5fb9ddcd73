f'{x:{width}.{precision}}'
