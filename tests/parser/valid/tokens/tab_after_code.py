x	=	1	# tabbed
