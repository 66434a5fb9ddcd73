# open() is a built-in function: its own workings are not frames of the traceback.
def load(path):
    with open(path) as f:
        return f.read()


load("no/such/file.txt")
