# -*- coding: latin-1 -*-
s = 'éé'; x = = 1
