# Objects with __del__ still alive at exit are finalised after the program's last line.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

first = Noisy('first')
second = Noisy('second')
_private = Noisy('_private')
holder = [Noisy('in list')]
print('end of program')
