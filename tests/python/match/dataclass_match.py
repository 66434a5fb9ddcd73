from dataclasses import dataclass
@dataclass
class Cmd:
    verb: str
    obj: str = ''
for c in (Cmd('go', 'north'), Cmd('look'), Cmd('take', 'lamp'), Cmd('quit')):
    match c:
        case Cmd('go', direction):
            print('going', direction)
        case Cmd('look', ''):
            print('looking around')
        case Cmd(verb='take', obj=o):
            print('taking', o)
        case Cmd(v):
            print('unknown verb', v)
print(Cmd.__match_args__)
