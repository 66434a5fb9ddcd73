# -*- coding: bogus-encoding -*-
x = 1
