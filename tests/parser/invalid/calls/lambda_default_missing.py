f(lambda x=: x)
