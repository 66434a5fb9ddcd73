# -*- coding: latin-1 -*-
x = 1 § 2
