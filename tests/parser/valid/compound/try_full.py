try:
    a
except A:
    b
except B as e:
    c
else:
    d
finally:
    e
