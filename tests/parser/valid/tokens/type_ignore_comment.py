import x  # type: ignore
