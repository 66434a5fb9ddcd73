try:
    x
except ValueError as e:
    print(e)
