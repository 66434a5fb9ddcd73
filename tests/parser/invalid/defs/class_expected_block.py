class Widget:
x = 1
