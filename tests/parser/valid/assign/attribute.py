obj.attr = 1
