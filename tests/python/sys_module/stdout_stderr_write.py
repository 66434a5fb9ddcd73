import sys
sys.stdout.write('to stdout\n')
n = sys.stderr.write('to stderr\n')
print(n)
print('via print to stderr', file=sys.stderr)
print('flush', flush=True)
sys.stdout.write('no newline')
sys.stdout.write('\n')
print(sys.stdout.encoding.lower().replace('-', ''), sys.stdin.read() == '')
