Br'a\\b', Br"a\\b"
