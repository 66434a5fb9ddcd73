x = 0b1else
