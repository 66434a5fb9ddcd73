U'a\\b', U"a\\b"
