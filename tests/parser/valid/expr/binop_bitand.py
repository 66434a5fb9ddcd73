a & b
