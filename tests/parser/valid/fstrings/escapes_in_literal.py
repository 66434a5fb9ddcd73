f'\n\t{x}\x41'
