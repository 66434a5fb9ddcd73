RF'{x}', RF"{x}"
