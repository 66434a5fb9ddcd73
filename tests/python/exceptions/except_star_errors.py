for src in ("try:\n    pass\nexcept* ExceptionGroup:\n    pass", "try:\n    pass\nexcept*:\n    pass"):
    try:
        compile(src, 'x', 'exec')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
try:
    try:
        raise ValueError
    except* ValueError:
        pass
    print('fully handled')
except Exception:
    print('not reached')
