# At exit the module's names are cleared (those with one leading underscore first) and
# what only they held is finalised, in that order; later objects print after the last line.
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
