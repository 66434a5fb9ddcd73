rb'a\\b', rb"a\\b"
