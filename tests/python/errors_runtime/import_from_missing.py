from builtins import not_there
