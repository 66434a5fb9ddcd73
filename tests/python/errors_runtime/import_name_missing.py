print('start')
from sys import no_such_name
print('not reached')
