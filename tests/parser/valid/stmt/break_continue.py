for i in x:
    if i:
        break
    else:
        continue
