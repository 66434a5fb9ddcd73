print(f'{x}', sep=f'{y}')
