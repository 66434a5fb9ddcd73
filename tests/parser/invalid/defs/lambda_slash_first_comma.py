h = lambda /, a: 0
