'a' f'{b}' 'c'
