br'a\\b', br"a\\b"
