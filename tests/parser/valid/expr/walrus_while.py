while chunk := f.read(10):
    pass
