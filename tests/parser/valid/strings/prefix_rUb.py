rB'a\\b', rB"a\\b"
