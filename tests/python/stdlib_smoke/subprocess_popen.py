# Popen: communicate with large input, pipelines between children, line iteration,
# poll/wait, signals and negative return codes, timeouts.
import signal
import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"x" * 300000)
print(len(out), err, p.returncode)

p = subprocess.Popen(["wc", "-c"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("abc" * 1000)
p.stdin.close()
print(p.stdout.read().strip(), p.wait())
p.stdout.close()

p1 = subprocess.Popen(["printf", "b\\na\\nc\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
print(p2.communicate()[0])
print(p1.wait(), p2.wait())

with subprocess.Popen(["seq", "5"], stdout=subprocess.PIPE, text=True) as p:
    for line in p.stdout:
        print("line", line.rstrip())
print(p.returncode)

p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.terminate()
print(p.wait(), p.returncode == -signal.SIGTERM)

p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())

p = subprocess.Popen(["sh", "-c", "exit 4"])
print(p.wait(), p.poll())

try:
    subprocess.run(["sleep", "10"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)

p = subprocess.Popen(["sleep", "10"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("wait timed out")
p.kill()
p.wait()

p = subprocess.Popen(["sh", "-c", "echo started; exec sleep 10"], stdout=subprocess.PIPE)
print(p.stdout.readline())
p.kill()
print(p.communicate(), p.returncode)

p = subprocess.Popen(["sh", "-c", "read a; echo got $a; read b; echo got $b"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
p.stdin.write("first\n")
print(p.stdout.readline().rstrip())
p.stdin.write("second\n")
print(p.stdout.readline().rstrip())
p.stdin.close()
print(p.wait())
p.stdout.close()

# A child that exits without reading its input: writing more raises BrokenPipeError,
# which communicate() ignores.
p = subprocess.Popen(["true"], stdin=subprocess.PIPE)
print(p.communicate(b"y" * 100000), p.returncode)

# communicate() writes its input in PIPE_BUF slices of one memoryview: each slice must
# travel alone, not with the whole buffer behind it.
p = subprocess.Popen(["wc", "-c"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b"z" * 4000000)[0].split()[0])
