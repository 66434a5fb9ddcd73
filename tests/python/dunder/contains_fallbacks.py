class Only:
    def __iter__(self):
        yield from (1, 2, 3)
print(2 in Only(), 5 in Only())
class Cont:
    def __contains__(self, x): return 'yes'
print(1 in Cont(), 1 not in Cont())
class NoneContains:
    __contains__ = None
try:
    1 in NoneContains()
except TypeError as e:
    print('TypeError:', e)
