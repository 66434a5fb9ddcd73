import pkg
from pkg import helper
from pkg.sub import deep
import pkg.sub.deep as d2
print(pkg.NAME, helper.greet('x'), deep.VALUE, d2 is deep, pkg.sub.deep is deep)
print(pkg.__name__, helper.__name__, deep.__name__, pkg.__package__, deep.__package__)
print(sorted(k for k in vars(pkg) if not k.startswith('_')))
