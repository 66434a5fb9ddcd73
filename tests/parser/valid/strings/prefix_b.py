b'a\\b', b"a\\b"
