x: 'Callable[[int], str] | None' = None
