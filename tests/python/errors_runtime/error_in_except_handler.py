try:
    [][0]
except IndexError:
    {}['missing']
