fr'{x}', fr"{x}"
