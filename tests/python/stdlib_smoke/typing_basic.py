from typing import List, Dict, Optional, Union, Callable, TypeVar, Generic, NamedTuple, TypedDict, Any
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int](3).v, List[int], Dict[str, int], Optional[int], Union[int, str])
class NT(NamedTuple):
    a: int
    b: str = 'x'
print(NT(1), NT._fields)
class TD(TypedDict):
    k: int
print(TD(k=1))
def f(x: Callable[[int], str]) -> Any: return x(1)
print(f(str), f.__annotations__['x'])
