from . import deep
from .. import helper
from ..helper import greet
from .deep import VALUE
parent_name = __name__.rpartition('.')[0]
def combined():
    return greet(VALUE) + ' | ' + deep.VALUE + ' | ' + helper.__name__
