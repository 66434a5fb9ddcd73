try:
    a
except *OSError as e:
    b
else:
    c
finally:
    d
