# A metaclass attribute is not in the class's dir(): no suggestion for it, but one for a
# method of str.
try:
    str.mro_x
except AttributeError as e:
    print(e)
str.uper
