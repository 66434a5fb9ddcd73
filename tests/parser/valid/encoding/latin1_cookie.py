# -*- coding: latin-1 -*-
s = 'éèÿ'
