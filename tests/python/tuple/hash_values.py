for t in ((), (0,), (1,), (-1,), (1, 2), (2, 1), ((),), (1.5, 2), (True, False), (None,) if False else (0, 0), (1, (2, (3,)))):
    print(t, hash(t))
