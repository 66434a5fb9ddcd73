a = 1

"""
long
text
