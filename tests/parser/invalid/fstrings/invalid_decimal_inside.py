f'{1abc}'
