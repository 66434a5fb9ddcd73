b"a" f"b"
