f'{a = b}'
