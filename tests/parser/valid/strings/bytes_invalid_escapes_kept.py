b'\u20ac\N{X}\d'
