class Parser:
    def parse(self, s):
        try:
            return int(s)
        except ValueError as e:
            raise SyntaxError(f'cannot parse {s!r}') from e
Parser().parse('abc')
