# string: constants, capwords, Template (safe/unsafe substitution, custom delimiters and
# idpatterns, braced and invalid placeholders, identifiers), Formatter overrides.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("  hello   wORLD  foo "), string.capwords("a-b c-d", "-"), repr(string.capwords("")))
t = string.Template("$who likes ${what}; $$5 and $who again")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}, who="kw"))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
for tmpl, kw in [("$missing", {}), ("${bad", {}), ("$", {}), ("a $1b", {}), ("${ok} $", {"ok": 1}),
                 ("$é", {}), ("${a b}", {})]:
    T = string.Template(tmpl)
    try:
        print(repr(T.substitute(**kw)))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print("  safe:", repr(T.safe_substitute(**kw)), T.is_valid(), T.get_identifiers())
try:
    string.Template("$a").substitute({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError", e)


class Percent(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+_[a-z]+"


print(Percent("%first_name %x %%").safe_substitute(first_name="Ann"))


class Braces(string.Template):
    braceidpattern = r"[A-Z]+"
    flags = 0


print(Braces("${ABC} $abc").safe_substitute(ABC=1, abc=2), Braces("${abc}").safe_substitute(abc=2))


class Custom(string.Template):
    pattern = r"""
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \{(?P<braced>[a-z]+)\} |
      (?P<invalid>)
    )"""


print(Custom("#a #{b} ## #").safe_substitute(a=1, b=2))
try:
    Custom("#1").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template.delimiter, string.Template.idpattern, string.Template("$a").template)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)


u = Upper()
print(u.format("{0} {x} {missing!u} {1:>5} {x!r}", "a", "b", x="y"))
print(list(string.Formatter().parse("a{0}b{x!r:>{w}}c{{}}d{}")))
print(string.Formatter().vformat("{0[1]} {a.real}", (["p", "q"],), {"a": 3j}))
for bad in ["{", "}", "{0!x}", "{:{:{}}}", "{0}{}"]:
    try:
        print(string.Formatter().format(bad, 1, 2, 3))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
