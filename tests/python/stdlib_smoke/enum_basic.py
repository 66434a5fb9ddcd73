from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value, list(Color))
print(Color.RED is Color(1), Color.RED == 1, len(Color))
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE + 1, N.TWO > N.ONE, sorted([N.TWO, N.ONE]), int(N.TWO))
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
print(P.R | P.W, P.R in (P.R | P.X), (P.R | P.W).value, P(0))
try:
    Color(9)
except ValueError as e:
    print('ValueError:', e)
