with open(__file__, encoding='utf-8') as f:
    lines = f.read().splitlines()
print(len(lines), lines[0])
with open(__file__, 'rb') as f:
    head = f.read(10)
print(head, type(head).__name__)
try:
    open('definitely_missing_file.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e.errno, e.strerror, e.filename)
