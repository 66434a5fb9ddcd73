# html.escape/unescape: quotes, named entities with and without semicolons, longest-prefix
# matching, numeric references (invalid code points, C1 controls, surrogates, overflows).
import html

for s in ["<a href=\"x\">'&'</a>", "plain", "&amp;", "", "\"'<>&" * 2]:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)))
cases = [
    "&amp; &lt; &gt; &quot; &apos; &#39; &#x27;",
    "&amp &lt &gt &copy &COPY &Copy; &copyright;",
    "&notit; &notin; &not &noti",
    "&ampx &amp;x &ampamp;",
    "&#65; &#x41; &#X41; &#0065 &#x41 &#;",
    "&#0; &#x0; &#128; &#x80; &#x9f; &#150;",
    "&#xd800; &#xDFFF; &#55296;",
    "&#x110000; &#1114112; &#99999999999999999999;",
    "&#x1F600; &#128512;",
    "&#xFFFE; &#x1FFFF; &#11; &#x0D;",
    "&unknown; &; & &&amp; &#x; &#xZ;",
    "&NotNestedGreaterGreater; &nbsp;&nbsp &thetasym; &ThickSpace;",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "no entities at all",
    "&AMP; &LT &GT; &QUOT &Aacute &aacute; &Aacute;x",
]
for s in cases:
    print(repr(html.unescape(s)))
print(len(html.entities.html5), html.entities.name2codepoint["amp"], html.entities.codepoint2name[38])
print(html.entities.html5["amp;"], html.entities.html5["amp"], html.entities.entitydefs["nbsp"] == "\xa0")
print(html.unescape(html.escape("x < y & \"z\"")) == "x < y & \"z\"")
