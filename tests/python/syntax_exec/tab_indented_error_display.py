# A syntax error on a line indented with a tab: the display of an uncaught SyntaxError
# strips leading tabs too, and its caret line is spaces only.
def f():
	x = 1 +	$ 2
