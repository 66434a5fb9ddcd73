del {a, b}
