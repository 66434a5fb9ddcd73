from dataclasses import dataclass, field, fields
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False, repr=False)
    def __post_init__(self):
        self.area = self.w * self.h
r = Rect(2, 3)
print(r, r.area, [f.name for f in fields(r)])
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
@dataclass
class Inh(Rect):
    label: str = 'box'
print(Inh(1, 1), Inh(1, 2, 'x').area)
