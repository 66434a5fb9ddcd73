rF'{x}', rF"{x}"
