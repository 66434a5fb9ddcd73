Fr'{x}', Fr"{x}"
