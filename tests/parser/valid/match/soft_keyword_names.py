match = 1
case = 2
match.x = case
match(x)
match[0]
match * 2
