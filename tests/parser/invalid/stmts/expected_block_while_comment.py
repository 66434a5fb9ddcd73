while a:
# nothing
