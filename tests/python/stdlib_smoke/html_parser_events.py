# html.parser.HTMLParser: the event stream for well-formed and malformed markup, charrefs
# with and without convert_charrefs, CDATA content of script/style, comments, declarations,
# processing instructions, chunked feeding and close().
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


def run(markup, chunks=None, **kw):
    p = Recorder(**kw)
    if chunks:
        for i in range(0, len(markup), chunks):
            p.feed(markup[i:i + chunks])
    else:
        p.feed(markup)
    p.close()
    for e in p.events:
        print("  ", e)
    print("   pos", p.getpos())


docs = [
    '<!DOCTYPE html><html lang="en"><head><title>T &amp; U</title></head>',
    '<body><p class=x id="a b" data-v=\'q"\' checked>Hi<br/>there<img src=a.png /></p></body>',
    "<a href='?a=1&b=2&amp;c=&#51;'>link</a>",
    "<p>&copy; &#169; &#xA9; &#x110000; &nosuch; &amp &lt3 &#0; &#x80;</p>",
    "<script>if (a < b && c > d) { x = '</p>'; }</script><style>p>a{}</style>",
    "<SCRIPT>x</ScRiPt><textarea>not <b>bold</b></textarea>",
    "<!-- a comment -- with dashes --><!----><!--->x<!-- unterminated",
    "<?xml version='1.0'?><?php echo 1 ?>",
    "<![CDATA[raw <data>]]><![if !IE]>x<![endif]>",
    "<p <q>>broken</p </p><div/ class=y><a b='c'd>",
    "</ >text</3><p>a</b>c",
    "<img alt=\"a\nb\" \n  src=x>\nline2 &amp\n<br\n/>",
    "<a href=x/>self<A HREF=Y>up</A>",
    "< p>lt space</ p>1 < 2 and 3 > 2",
    "<p title='&lt;&quot;&#39;&nosuch;'>attrs unescaped</p>",
    "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><!ELEMENT x>",
]
for d in docs:
    print(repr(d))
    run(d)
print("no convert_charrefs")
run("<p>&copy; &#169; &#xA9; &nosuch; &amp x&lt;y &#bad;</p>", convert_charrefs=False)
run("a &amp b &#x41 c", convert_charrefs=False)
print("chunked")
run("<div class='a'>x &amp; y<!-- c --><script>1<2</script>tail &ampe</div>", chunks=3)
run("<p>text &am", chunks=None)
print("unclosed")
run("<div><p>para<a href='x")
run("text <")
p = Recorder()
p.feed("<p>one")
p.reset()
p.feed("<b>two</b>")
p.close()
print(p.events, p.get_starttag_text())
p = Recorder()
p.feed("<a  HREF = 'x'  >")
print(p.get_starttag_text(), p.lasttag, p.rawdata)
print(HTMLParser.CDATA_CONTENT_ELEMENTS)
