{a for a in c} = 1
