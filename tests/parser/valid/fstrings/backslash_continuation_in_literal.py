f'abc\
{x}'
