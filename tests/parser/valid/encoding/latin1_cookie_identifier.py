# -*- coding: latin-1 -*-
café = 1
