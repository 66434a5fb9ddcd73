RB'a\\b', RB"a\\b"
