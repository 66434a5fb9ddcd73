for errno_ in (2, 13, 17, 20, 21, 32, 11, 110, 999):
    e = OSError(errno_, 'text')
    print(errno_, type(e).__name__, e.errno, e.strerror, e.filename)
e = FileNotFoundError(2, 'No such file', 'a.txt', None, 'b.txt')
print(str(e), e.filename2)
