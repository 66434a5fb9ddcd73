import sys
print('line one')
sys.stdout.write('partial')
raise RuntimeError('after partial output')
