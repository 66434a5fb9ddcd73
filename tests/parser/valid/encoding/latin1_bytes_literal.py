# -*- coding: latin-1 -*-
b = b'abc'
s = 'µ'
