r'a\\b', r"a\\b"
