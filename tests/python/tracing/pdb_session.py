# A pdb session driven by a script of commands: breakpoints, stepping, printing, the
# return value, frames up and down.
import io
import pdb


def square(n):
    result = n * n
    return result


def main():
    total = 0
    for i in range(3):
        total += square(i)
    return total


commands = "b square\nc\np n\nup\np i\ndown\nn\nn\np result\ncl 1\nc\n"
out = io.StringIO()
debugger = pdb.Pdb(stdin=io.StringIO(commands), stdout=out)
debugger.use_rawinput = False
print("result", debugger.runcall(main))
for line in out.getvalue().replace(__file__, "FILE").splitlines():
    print(line)
