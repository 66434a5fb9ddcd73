"\Nabc"
