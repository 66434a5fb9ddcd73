# "error" filters (what -W error installs) raise the warning, also for the warnings that
# native code and the compiler issue.
import warnings

warnings.simplefilter("error")
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", type(e).__name__, e.args)

w = UserWarning("the instance")
try:
    warnings.warn(w)
except UserWarning as e:
    print("same instance:", e is w)

try:
    compile("x = 1 is 1", "snippet.py", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno)

try:
    bool(NotImplemented)
except DeprecationWarning as e:
    print("DeprecationWarning:", e)

warnings.resetwarnings()
warnings.filterwarnings("error", category=DeprecationWarning)
warnings.filterwarnings("ignore", message="quiet")
warnings.warn("quiet please", DeprecationWarning)
try:
    warnings.warn("loud", DeprecationWarning)
except DeprecationWarning as e:
    print("DeprecationWarning:", e)
warnings.warn("not an error", UserWarning)
