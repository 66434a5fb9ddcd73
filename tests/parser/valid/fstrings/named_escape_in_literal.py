f'\N{EURO SIGN}{x}'
