BR'a\\b', BR"a\\b"
