print(x := 1)
