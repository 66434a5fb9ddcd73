x = 1.5abc
