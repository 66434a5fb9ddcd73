try:
    a
except* ValueError:
    b
except* (TypeError, KeyError) as eg:
    c
