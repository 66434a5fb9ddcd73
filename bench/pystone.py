# bench-group: object
"""A Dhrystone-style synthetic loop: records, enumerations, small procedures,
global state, character and string comparisons, and array updates."""

from _harness import run

LOOPS = 80000
IDENT1, IDENT2, IDENT3, IDENT4, IDENT5 = range(1, 6)


class Record(object):
    def __init__(self, link=None, kind=0, enum=0, number=0, text=""):
        self.link = link
        self.kind = kind
        self.enum = enum
        self.number = number
        self.text = text

    def copy(self):
        return Record(self.link, self.kind, self.enum, self.number, self.text)


class State(object):
    def __init__(self):
        self.int_glob = 0
        self.bool_glob = False
        self.char1 = "\0"
        self.char2 = "\0"
        self.array1 = [0] * 51
        self.array2 = [[0] * 51 for _ in range(51)]
        self.record = None
        self.next_record = None


G = State()


def proc1(rec):
    nxt = rec.link
    rec.link = nxt
    nxt.number = rec.number = 5
    nxt.link = rec.link
    nxt.link = proc3(nxt.link)
    if nxt.kind == IDENT1:
        nxt.number = 6
        nxt.enum = proc6(rec.enum)
        nxt.link = G.record.link
        nxt.number = proc7(nxt.number, 10)
    else:
        rec.number = nxt.number + 1
    return rec


def proc2(value):
    local = value + 10
    while True:
        if G.char1 == "A":
            local -= 1
            value = local - G.int_glob
            return value


def proc3(link):
    if G.record is not None:
        link = G.record.link
    else:
        G.int_glob = 100
    G.record.number = proc7(10, G.int_glob)
    return link


def proc4():
    flag = G.char1 == "A"
    G.bool_glob = flag or G.bool_glob
    G.char2 = "B"


def proc5():
    G.char1 = "A"
    G.bool_glob = False


def proc6(enum):
    result = enum
    if not func3(enum):
        result = IDENT4
    if enum == IDENT1:
        result = IDENT1
    elif enum == IDENT2:
        result = IDENT1 if G.int_glob > 100 else IDENT4
    elif enum == IDENT3:
        result = IDENT2
    elif enum == IDENT5:
        result = IDENT3
    return result


def proc7(a, b):
    return b + a + 2


def proc8(array1, array2, a, b):
    loc = a + 5
    array1[loc] = b
    array1[loc + 1] = array1[loc]
    array1[loc + 30] = loc
    for i in range(loc, loc + 2):
        array2[loc][i] = loc
    array2[loc][loc - 1] += 1
    array2[loc + 20][loc] = array1[loc]
    G.int_glob = 5


def func1(c1, c2):
    if c1 != c2:
        return IDENT1
    return IDENT2


def func2(s1, s2):
    i = 1
    c = "\0"
    while i <= 1:
        if func1(s1[i], s2[i + 1]) == IDENT1:
            c = "A"
            i += 1
    if "W" <= c <= "Z":
        i = 7
    if c == "X":
        return True
    if s1 > s2:
        G.int_glob = i + 7
        return True
    return False


def func3(enum):
    return enum == IDENT3


def loop(loops):
    G.__init__()
    G.next_record = Record()
    G.record = Record(G.next_record, IDENT1, IDENT3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    G.array2[8][7] = 10
    checksum = 0
    for _ in range(loops):
        proc5()
        proc4()
        a = 2
        b = 3
        s2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum = IDENT2
        G.bool_glob = not func2(s1, s2)
        while a < b:
            c = 5 * a - b
            c = proc7(a, b)
            a += 1
        proc8(G.array1, G.array2, a, c)
        G.record = proc1(G.record)
        ch = "A"
        while ch <= G.char2:
            if enum == func1(ch, "C"):
                enum = proc6(IDENT1)
            ch = chr(ord(ch) + 1)
        c = b * a
        b = c // a
        b = 7 * (c - b) - a
        a = proc2(a)
        checksum = (checksum + a + b + c + enum) % 1000003
    return (checksum, G.int_glob, G.bool_glob, G.array1[8], G.array2[8][7], G.record.number)


def workload():
    return loop(LOOPS)


if __name__ == "__main__":
    run(workload, (559988, 5, True, 7, 80010, 6))
