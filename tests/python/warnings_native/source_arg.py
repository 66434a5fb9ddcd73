# warn(..., source=obj): the object reaches WarningMessage.source (warnings.py's own
# warn_explicit used to pass it as `file` and crash on file.write).
import warnings


class Resource:
    def __repr__(self):
        return "<Resource>"


res = Resource()
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("unclosed resource", ResourceWarning, source=res)
    warnings.warn("no source", ResourceWarning)
    warnings.warn("source None", ResourceWarning, source=None)
    warnings.warn_explicit("explicit", ResourceWarning, "f.py", 3, source=res)
for m in log:
    print(m.category.__name__, str(m.message), m.filename.rsplit("/", 1)[-1], m.lineno, m.source, m.file, m.line)


# A replaced showwarning sees no source, but _showwarnmsg's message has it.
def show(message, category, filename, lineno, file=None, line=None):
    print("showwarning:", message, category.__name__, lineno, file, line)


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    warnings.warn("through showwarning", ResourceWarning, source=res)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    seen = []
    warnings._showwarnmsg = seen.append
    warnings.warn("through _showwarnmsg", ResourceWarning, source=res)
    print([(str(m.message), m.source) for m in seen])

# ResourceWarning is ignored by default.
warnings.warn("hidden", ResourceWarning, source=res)
print("done")
