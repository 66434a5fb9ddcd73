f'{x} abc
