while x:
    break
else:
    y
