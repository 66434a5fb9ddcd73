# _locale's per-category state as glibc keeps it: the LC_CTYPE set at start-up, composite
# LC_ALL names, the names glibc accepts for its C locales, invalid categories, the codeset
# nl_langinfo and getencoding follow, every langinfo constant, the gettext functions without
# catalogs, and argument errors.
import _locale
import locale

print(locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_COLLATE))
print(locale.setlocale(locale.LC_ALL))
for n in ["C", "POSIX", "C.UTF-8", "C.utf8", "C.utf-8", "c.utf8", "C.UTF8", "C.UTF-8@x",
          "posix", "c", "C.ascii", " C", "en_US.UTF-8", "C.UTF-8;x"]:
    try:
        print(repr(n), locale.setlocale(locale.LC_NUMERIC, n))
    except locale.Error as e:
        print(repr(n), "Error:", e)
print(locale.setlocale(locale.LC_ALL, "C"), locale.nl_langinfo(locale.CODESET), locale.getencoding())
print(locale.setlocale(7, "C.UTF-8"), locale.setlocale(12))
print(locale.setlocale(locale.LC_ALL))
composite = locale.setlocale(locale.LC_ALL)
print(locale.setlocale(locale.LC_ALL, "C.UTF-8"), locale.nl_langinfo(locale.CODESET))
print(locale.setlocale(locale.LC_ALL, composite) == composite, locale.setlocale(7))
for bad in ["LC_CTYPE=C.UTF-8;LC_NUMERIC=C", composite.replace("LC_NAME=C", "LC_NAME=xx"),
            composite.replace("LC_NAME", "LC_NOPE")]:
    try:
        print(locale.setlocale(locale.LC_ALL, bad))
    except locale.Error as e:
        print("Error:", e)
print(locale.setlocale(locale.LC_ALL, ""))
for c in (-1, 13, 6, 12):
    try:
        print(c, locale.setlocale(c, None))
    except locale.Error as e:
        print(c, "Error:", e)
    try:
        print(c, _locale.setlocale(c, "C"))
    except locale.Error as e:
        print(c, "Error:", e)
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError:", e)
for call in [lambda: _locale.setlocale(0, 5), lambda: _locale.setlocale("x"),
             lambda: _locale.setlocale(0, "C\0"), lambda: _locale.setlocale(2**40),
             lambda: locale.setlocale(locale.LC_ALL, 5), lambda: locale.setlocale(locale.LC_ALL, ("C", "UTF-8")),
             lambda: _locale.strcoll("a", 1), lambda: _locale.strxfrm("a\0"),
             lambda: _locale.nl_langinfo("x"), lambda: _locale.nl_langinfo(99999),
             lambda: _locale.bindtextdomain("", None), lambda: _locale.textdomain(3),
             lambda: _locale.strxfrm(1), lambda: _locale.gettext(1),
             lambda: _locale.bind_textdomain_codeset("x", 1), lambda: _locale.bindtextdomain("x", 1),
             lambda: _locale.bindtextdomain(1, 1), lambda: _locale.setlocale(0, "C", 1),
             lambda: _locale.setlocale(), lambda: _locale.strcoll("a"), lambda: _locale.localeconv(1),
             lambda: _locale.nl_langinfo(), lambda: _locale.dcgettext("a"),
             lambda: _locale.strcoll(a=1), lambda: _locale.nl_langinfo(key=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)

keys = sorted(n for n in dir(_locale) if n.isupper() and not n.startswith("LC_") and n != "CHAR_MAX")
for n in keys + ["_DATE_FMT"]:
    print(n, getattr(_locale, n), repr(_locale.nl_langinfo(getattr(_locale, n))))

print(_locale.gettext("hello"), _locale.textdomain(None), _locale.dgettext(None, "x"),
      _locale.dcgettext("dom", "y", locale.LC_MESSAGES))
print(_locale.bindtextdomain("foo", None), _locale.bindtextdomain("foo", "/tmp/x"),
      _locale.bindtextdomain("foo", None), _locale.bindtextdomain("bar", b"/b"))
print(_locale.textdomain("foo"), _locale.textdomain(None), _locale.textdomain(""),
      _locale.bind_textdomain_codeset("foo", None), _locale.bind_textdomain_codeset("foo", "UTF-8"),
      _locale.bind_textdomain_codeset("foo", None))
print(_locale.strcoll("\U00010000", "\uffff"), _locale.strcoll("b", "a"), _locale.strcoll("", ""),
      _locale.strcoll("ab", "a"))
print(sorted(["b", "a", "\uffff", "\U00010000", "B"], key=locale.strxfrm))
