x = f'{b"a"}'
