def t(x):
    try:
        print('try', x)
        if x == 1:
            raise ValueError
        if x == 2:
            return 'ret-in-try'
    except ValueError:
        print('except')
        return 'ret-in-except'
    else:
        print('else')
        return 'ret-in-else'
    finally:
        print('finally')
for x in (0, 1, 2):
    print(t(x))
