for e in (Exception(), Exception('a'), Exception('a', 'b'), Exception(1), ValueError(None), KeyError('k'), KeyError(), OSError(2, 'msg'), OSError(2, 'msg', 'file.txt'), OSError('just msg'), UnicodeError('u'), StopIteration(5), SystemExit(3), BaseException('b', 2)):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
