f'{x!r garbage}'
