@a
def f(): return a@b
