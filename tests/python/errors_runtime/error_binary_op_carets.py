a = 10
b = 'x'
result = a * 2 + b * 3 - a
