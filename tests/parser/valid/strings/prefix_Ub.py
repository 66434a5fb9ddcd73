B'a\\b', B"a\\b"
