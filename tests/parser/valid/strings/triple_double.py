"""one
	two
"""
