try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
class E(Exception):
    def __init__(self):
        print('E init called')
        super().__init__('default')
try:
    raise E
except E as e:
    print(repr(e))
