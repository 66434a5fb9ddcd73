# unittest's assertion helpers used directly on a TestCase: assertRaises (callable and
# context forms, .exception), assertRaisesRegex, assertWarns/assertWarnsRegex, assertLogs /
# assertNoLogs (records and output), the messages of failing assertions, addTypeEqualityFunc,
# maxDiff truncation, and unittest.main(exit=False) on a module-like object.
import io
import logging
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def fails(f, *a, **k):
    try:
        f(*a, **k)
        print("no failure")
    except AssertionError as e:
        print("AssertionError:", str(e))


with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception.args)
print(t.assertRaises(KeyError, {}.__getitem__, "k") is None)
fails(lambda: t.assertRaises(ValueError, int, "5"))
try:
    with t.assertRaises(ValueError):
        raise TypeError("wrong type")
except TypeError as e:
    print("TypeError passes through:", e)
with t.assertRaises((ValueError, TypeError)):
    int(None)
with t.assertRaisesRegex(ValueError, r"invalid literal .* 'x'"):
    int("x")
fails(lambda: t.assertRaisesRegex(ValueError, "nomatch", int, "y"))


def no_raise_ctx():
    with t.assertRaises(OSError, msg="should have raised"):
        pass


fails(no_raise_ctx)
try:
    t.assertRaises(ValueError, foo=1)
except TypeError as e:
    print("TypeError:", e)
try:
    with t.assertRaises(42):
        pass
except TypeError as e:
    print("TypeError:", e)

with t.assertWarns(DeprecationWarning) as wcm:
    warnings.warn("old api", DeprecationWarning)
print(type(wcm.warning).__name__, str(wcm.warning), wcm.filename.endswith(".py"), wcm.lineno > 0)
with t.assertWarnsRegex(UserWarning, "spe.ial"):
    warnings.warn("special")
fails(lambda: t.assertWarns(UserWarning, lambda: None))

log = logging.getLogger("smoke.unit")
with t.assertLogs("smoke.unit", level="INFO") as lcm:
    log.info("first %d", 1)
    log.warning("second")
    log.debug("not captured")
    logging.getLogger("smoke.unit.child").error("from child")
print(lcm.output)
print([(r.levelname, r.getMessage(), r.name) for r in lcm.records])
fails(lambda: t.assertLogs("smoke.unit", "ERROR").__enter__() and None)


def nothing_logged():
    with t.assertLogs("quiet", level="DEBUG"):
        pass


fails(nothing_logged)
with t.assertNoLogs("smoke.unit", level="ERROR"):
    log.warning("below the level")


def logged_anyway():
    with t.assertNoLogs("smoke.unit"):
        log.info("oops")


fails(logged_anyway)
with t.assertLogs() as rootcm:
    logging.getLogger().warning("root %s", "msg")
print(rootcm.output)

fails(t.assertEqual, 1, 2)
fails(t.assertNotEqual, 1, 1)
fails(t.assertIs, [], [])
fails(t.assertIsNot, None, None)
fails(t.assertIn, 3, [1, 2])
fails(t.assertNotIn, 1, {1: 2})
fails(t.assertIsInstance, 1, str)
fails(t.assertNotIsInstance, 1, int)
fails(t.assertGreater, 1, 2)
fails(t.assertLessEqual, 3, 2)
fails(t.assertAlmostEqual, 1.0, 1.1)
fails(t.assertAlmostEqual, 1.0, 1.5, delta=0.25)
fails(t.assertNotAlmostEqual, 1.0, 1.0 + 1e-9)
fails(t.assertIsNone, 0)
fails(t.assertIsNotNone, None)
fails(t.assertFalse, "x")
fails(t.assertRegex, "abc", "z+")
fails(t.assertNotRegex, "abc", "b")
fails(t.assertCountEqual, [1, 1, 2], [1, 2, 2])
fails(t.assertSequenceEqual, (1, 2), (1, 2, 3))
fails(t.assertListEqual, [1], (1,))
fails(t.assertTupleEqual, (1, 2), (2, 1))
fails(t.assertSetEqual, {1, 2}, {2, 3})
fails(t.assertDictEqual, {"k": [1]}, {"k": [2]})
fails(t.assertMultiLineEqual, "one\ntwo", "one\nthree")
fails(t.assertEqual, "x" * 60, "x" * 59 + "y")
fails(t.assertEqual, {"a": 1}, {"a": 1, "b": 2}, "with msg")
try:
    t.assertAlmostEqual(1, 2, places=1, delta=1)
except TypeError as e:
    print("TypeError:", e)
t.maxDiff = 40
fails(t.assertEqual, list(range(30)), list(range(1, 31)))
t.maxDiff = None


class Money:
    def __init__(self, v):
        self.v = v


def money_eq(a, b, msg=None):
    if a.v != b.v:
        raise t.failureException(msg or f"{a.v} cents != {b.v} cents")


t.addTypeEqualityFunc(Money, money_eq)
t.assertEqual(Money(5), Money(5))
fails(t.assertEqual, Money(5), Money(6))
fails(t.fail, "explicit")
fails(t.fail)
try:
    t.skipTest("why")
except unittest.SkipTest as e:
    print("SkipTest:", e)


class Mod:
    class Inner(unittest.TestCase):
        def test_ok(self):
            pass

        def test_bad(self):
            self.assertEqual("a", "b")


stream = io.StringIO()
prog = unittest.main(module=Mod, argv=["prog", "-q"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream, verbosity=0))
print(prog.result.testsRun, len(prog.result.failures), prog.result.wasSuccessful())
try:
    unittest.main(module=Mod, argv=["prog", "Inner.test_ok"],
                  testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("SystemExit", e.code)
