try:
    x
except (A, B) as e:
    pass
