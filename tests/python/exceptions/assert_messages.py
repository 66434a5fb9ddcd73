for cond, msg in ((False, 'msg'), (0, None), ([], [1, 2])):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
    except AssertionError as e:
        print(repr(e), e.args)
