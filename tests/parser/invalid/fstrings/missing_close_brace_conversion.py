f"{a!r"
