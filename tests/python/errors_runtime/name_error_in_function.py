def outer():
    value = 10
    def inner():
        return valeu + 1
    return inner()
outer()
