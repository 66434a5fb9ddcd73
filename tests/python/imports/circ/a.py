A_VALUE = 'a-early'
from circ import b
A_VALUE = 'a-final'
def from_b():
    return b.read_a()
