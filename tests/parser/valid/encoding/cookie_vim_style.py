# vim: set fileencoding=latin-1 :
s = 'ü'
