if x:
	y
	
