x = 1
f'abc {x} def'
