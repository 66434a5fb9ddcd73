try:
    input()
except EOFError as e:
    print('EOFError:', repr(str(e)))
try:
    input('prompt> ')
except EOFError as e:
    print('EOFError again')
