print('start')
import os.no_such_sub
print('not reached')
