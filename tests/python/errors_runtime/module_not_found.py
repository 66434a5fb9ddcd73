print('start')
import no_such_module_here
print('not reached')
