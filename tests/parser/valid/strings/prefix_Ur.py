R'a\\b', R"a\\b"
