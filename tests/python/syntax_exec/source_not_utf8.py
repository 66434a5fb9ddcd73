print('never printed')
# café in a comment still counts
x = 1
