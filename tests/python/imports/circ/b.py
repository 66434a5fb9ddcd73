from . import a
B_VALUE = 'b sees ' + a.A_VALUE
def read_a():
    return a.A_VALUE
