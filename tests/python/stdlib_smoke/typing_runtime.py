from typing import get_type_hints, get_origin, get_args, Optional, List, Union, Literal
def f(a: int, b: Optional[List[str]] = None) -> Literal['x']: ...
print(get_type_hints(f))
print(get_origin(List[int]), get_args(Union[int, str]), get_args(Optional[int]), get_origin(list[int]))
print(int | str, (int | None) == Optional[int], isinstance(3, int | str))
