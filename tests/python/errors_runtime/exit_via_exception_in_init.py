class Conf:
    def __init__(self, path):
        self.path = path
        self.load()
    def load(self):
        raise FileNotFoundError(2, 'No such file or directory', self.path)
Conf('settings.ini')
