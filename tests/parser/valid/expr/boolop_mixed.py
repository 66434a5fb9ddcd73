a or b and c or d
