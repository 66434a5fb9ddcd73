bR'a\\b', bR"a\\b"
