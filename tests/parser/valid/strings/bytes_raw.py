rb'\x00\d'
