# Standard streams of a child Swallow (sys.executable) fed through pipes: reading stdin as
# text, by lines, as bytes, and -u making stdout write through.
# test-timeout: 60
import subprocess
import sys

def child(code, data, *flags):
    r = subprocess.run([sys.executable, *flags, "-c", code], input=data, capture_output=True)
    print(r.returncode, r.stdout, r.stderr.decode().splitlines()[-1:] if r.returncode else "")

child("import sys\nfor line in sys.stdin: print(repr(line))", b"one\ntwo\r\nthree")
child("import sys; print(sys.stdin.readlines())", b"a\nb\n")
child("import sys; print(repr(sys.stdin.read(3)), repr(sys.stdin.readline()), sys.stdin.buffer.read())",
      "h\u00e9llo\nw\u00f6rld\n".encode())
child("import sys; print(sys.stdin.buffer.readline(3), sys.stdin.buffer.readline(), sys.stdin.buffer.read(2))",
      b"abcdef\nxyz")
child("print(input('name? '), input())", b"Ada\nLovelace\n")
child("import sys\nwhile True:\n    line = sys.stdin.readline()\n    if not line: break\n    sys.stdout.write(line.upper())", b"x\ny\n")
child("import sys; sys.stdin.read()", b"\xff\xfe")
child("import sys; print('a'); sys.stdout.buffer.write(b'b\\n')", b"")
child("import sys; print('a'); sys.stdout.buffer.write(b'b\\n')", b"", "-u")
child("import sys; print(sys.stdout.write_through, sys.stderr.line_buffering)", b"", "-u")
