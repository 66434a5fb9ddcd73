x = 'abc' f'{}'
