try:
    raise ValueError('x')
except ValueError as err:
    print('inside', err)
try:
    print(err)
except NameError as n:
    print('NameError:', n)
err = 'preexisting'
try:
    raise KeyError
except KeyError as err:
    pass
print('err' in globals())
