from . . import x
