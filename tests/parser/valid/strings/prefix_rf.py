rf'{x}', rf"{x}"
