f'\N{NOT A NAME}'
