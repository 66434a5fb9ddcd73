# -*- coding: latin-1 -*-
('éé', x)
