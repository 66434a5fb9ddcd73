# bench-group: language
"""Templating: a small template engine (variables with filters, loops and
conditionals) parsed once into nodes and rendered into an HTML table."""

from _harness import run

TEMPLATE = """<table class="{{ cls }}">
{% for row in rows %}<tr{% if row.odd %} class="odd"{% endif %}>
{% for cell in row.cells %}  <td>{{ cell|escape }}</td>
{% endfor %}</tr>
{% endfor %}</table>
<p>{{ footer|upper }}</p>"""


class Text(object):
    def __init__(self, text):
        self.text = text

    def render(self, ctx, out):
        out.append(self.text)


class Var(object):
    def __init__(self, expr):
        parts = expr.split("|")
        self.path = parts[0].strip().split(".")
        self.filters = [p.strip() for p in parts[1:]]

    def render(self, ctx, out):
        out.append(apply_filters(str(lookup(ctx, self.path)), self.filters))


class For(object):
    def __init__(self, name, path, body):
        self.name = name
        self.path = path
        self.body = body

    def render(self, ctx, out):
        for item in lookup(ctx, self.path):
            inner = dict(ctx)
            inner[self.name] = item
            for node in self.body:
                node.render(inner, out)


class If(object):
    def __init__(self, path, body):
        self.path = path
        self.body = body

    def render(self, ctx, out):
        if lookup(ctx, self.path):
            for node in self.body:
                node.render(ctx, out)


def lookup(ctx, path):
    value = ctx[path[0]]
    for name in path[1:]:
        value = value[name] if isinstance(value, dict) else getattr(value, name)
    return value


def apply_filters(text, filters):
    for f in filters:
        if f == "escape":
            text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        elif f == "upper":
            text = text.upper()
    return text


def tokenize(source):
    tokens = []
    pos = 0
    while pos < len(source):
        start = source.find("{", pos)
        if start < 0 or start + 1 >= len(source) or source[start + 1] not in "{%":
            if start < 0:
                tokens.append(("text", source[pos:]))
                break
            tokens.append(("text", source[pos:start + 1]))
            pos = start + 1
            continue
        if start > pos:
            tokens.append(("text", source[pos:start]))
        closer = "}}" if source[start + 1] == "{" else "%}"
        end = source.index(closer, start)
        kind = "var" if closer == "}}" else "tag"
        tokens.append((kind, source[start + 2:end].strip()))
        pos = end + 2
    return tokens


def parse(tokens, pos, stop):
    nodes = []
    while pos < len(tokens):
        kind, value = tokens[pos]
        pos += 1
        if kind == "text":
            nodes.append(Text(value))
        elif kind == "var":
            nodes.append(Var(value))
        else:
            words = value.split()
            if words[0] in stop:
                return nodes, pos
            if words[0] == "for":
                body, pos = parse(tokens, pos, ("endfor",))
                nodes.append(For(words[1], words[3].split("."), body))
            elif words[0] == "if":
                body, pos = parse(tokens, pos, ("endif",))
                nodes.append(If(words[1].split("."), body))
            else:
                raise SyntaxError("unknown tag " + words[0])
    return nodes, pos


class Row(object):
    def __init__(self, i):
        self.odd = i % 2 == 1
        self.cells = ["<%d>" % (i * j) if j % 3 == 0 else "cell %d & %d" % (i, j) for j in range(10)]


def workload():
    nodes, _ = parse(tokenize(TEMPLATE), 0, ())
    ctx = {"cls": "data", "rows": [Row(i) for i in range(150)], "footer": "the end"}
    total = 0
    for _ in range(40):
        out = []
        for node in nodes:
            node.render(ctx, out)
        html = "".join(out)
        total += len(html)
    return (total, html.count("<tr"), html.count("&lt;"), html[-20:])


if __name__ == "__main__":
    run(workload, (1624040, 150, 600, 'able>\n<p>THE END</p>'))
