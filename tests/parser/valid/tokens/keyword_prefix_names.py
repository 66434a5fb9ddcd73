iffy = 1
notx = 2
and_ = 3
while_ = 4
