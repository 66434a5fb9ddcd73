x = if y: 1
