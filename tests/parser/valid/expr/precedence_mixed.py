not a or b and c == d | e
