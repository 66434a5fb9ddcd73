class Code:
    def __str__(self):
        return 'code object as message'
raise SystemExit(Code())
