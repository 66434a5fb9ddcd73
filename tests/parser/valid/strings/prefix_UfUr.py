FR'{x}', FR"{x}"
