x = 1
y = 2

for i in y:
z
