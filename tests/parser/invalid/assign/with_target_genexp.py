with a as (x for x in y):
    pass
