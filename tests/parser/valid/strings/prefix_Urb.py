Rb'a\\b', Rb"a\\b"
