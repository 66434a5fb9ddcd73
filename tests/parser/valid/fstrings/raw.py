rf'\d{x}\n'
