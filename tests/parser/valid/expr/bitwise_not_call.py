~f(x)
