del {1: 2}
