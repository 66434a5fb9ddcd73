for e in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError, UnicodeDecodeError, StopAsyncIteration, ModuleNotFoundError, TimeoutError, NotImplementedError, BrokenPipeError, ExceptionGroup, BaseExceptionGroup, KeyboardInterrupt, GeneratorExit, DeprecationWarning, UnboundLocalError, TabError, FloatingPointError):
    print(e.__name__, [c.__name__ for c in e.__mro__])
