# locale in the C/C.UTF-8 locale: localeconv, setlocale queries and failures, number
# formatting with and without grouping, atof/atoi/delocalize, str(), normalize and
# getlocale parsing, strcoll/strxfrm, and getpreferredencoding.
import locale

print(locale.setlocale(locale.LC_ALL, None) in ("C.UTF-8", "C"))
print(locale.setlocale(locale.LC_NUMERIC, "C"))
print(locale.setlocale(locale.LC_NUMERIC))
conv = locale.localeconv()
for k in sorted(conv):
    print(k, repr(conv[k]))
print(locale.format_string("%d", 1234567), locale.format_string("%d", 1234567, grouping=True))
print(locale.format_string("%.2f and %s", (1234.5, "x")), locale.format_string("%(a)05d", {"a": 42}))
print(locale.str(3.14159), locale.str(1e20), locale.currency(5, symbol=False) if conv["int_frac_digits"] != 127 else "no currency")
try:
    locale.currency(5)
except ValueError as e:
    print("ValueError:", e)
print(locale.atof("3.5"), locale.atoi("-42"), locale.delocalize("1234.5"), locale.localize("1234.5"))
try:
    locale.atoi("1,234")
except ValueError as e:
    print("ValueError:", e)
try:
    locale.setlocale(locale.LC_ALL, "xx_NOT.EXISTING")
except locale.Error as e:
    print("locale.Error:", e)
try:
    locale.setlocale(12345, "C")
except (locale.Error, ValueError) as e:
    print(type(e).__name__ + ":", e)
for name in ["en_US", "en_US.utf8", "de_DE@euro", "C", "POSIX", "fr", "ja_JP.eucjp", "sr_RS@latin", "univ"]:
    print(name, locale.normalize(name))
print(locale._parse_localename("en_US.UTF-8"), locale._parse_localename("C"))
print(locale.getlocale(locale.LC_NUMERIC))
print(locale.strcoll("a", "b") < 0, locale.strcoll("b", "a") > 0, locale.strcoll("x", "x"),
      locale.strxfrm("abc"))
print(locale.getpreferredencoding(False), locale.getencoding())
print(locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY, locale.LC_MESSAGES,
      locale.LC_NUMERIC, locale.LC_ALL, locale.CHAR_MAX)
print(locale.nl_langinfo(locale.CODESET), repr(locale.nl_langinfo(locale.RADIXCHAR)),
      repr(locale.nl_langinfo(locale.THOUSEP)))
print(locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.MON_12), locale.nl_langinfo(locale.D_FMT))
