# ~x on ints in compiled code, at the edges of the safe-integer range, and the types that
# take the general path.
def f(xs):
    return [~x for x in xs]
xs = [0, 1, -1, 5, -2**53 + 1, 2**53 - 2, 2**53 - 1, 2**53, 2**70, -2**70, True, False]
for i in range(500): r = f(xs)
print(r)
class I(int): pass
print(f([I(3)]))
try: f([1.5])
except TypeError as e: print(e)
