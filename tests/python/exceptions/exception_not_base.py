class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print('TypeError:', e)
try:
    raise 5
except TypeError as e:
    print('TypeError:', e)
try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    raise ValueError from 5
except TypeError as e:
    print('TypeError:', e)
try:
    raise ValueError from KeyError
except ValueError as e:
    print('cause class instantiated:', repr(e.__cause__))
