try:
    pass
except ValueError as err
    pass
