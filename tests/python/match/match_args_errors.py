class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print('TypeError:', e)
class Bad:
    __match_args__ = ['x']
    x = 1
try:
    match Bad():
        case Bad(1):
            print('matched list match_args?')
except TypeError as e:
    print('TypeError:', e)
class Dup:
    __match_args__ = ('x',)
    x = 1
try:
    match Dup():
        case Dup(1, x=1):
            pass
except TypeError as e:
    print('TypeError:', e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print('TypeError:', e)
