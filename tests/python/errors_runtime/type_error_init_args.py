class P:
    def __init__(self, x, y): pass
print('start')
P(1)
print('not reached')
