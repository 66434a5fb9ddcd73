Rf'{x}', Rf"{x}"
