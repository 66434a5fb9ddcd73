x = a × b
