# unittest run programmatically into a StringIO: passes, failures (with assertion diffs),
# errors, skips (decorator, skipTest, skipIf/skipUnless, class-level), expectedFailure and
# unexpected successes, subTest, setUp/tearDown/cleanups/class and module fixtures, the
# result's counters, and the text report with timings removed.
import io
import re
import sys
import unittest

log = []


class Basics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_pass(self):
        self.assertEqual(1 + 1, 2)
        self.assertTrue([1])
        self.assertIn(2, [1, 2])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("hello", r"h.l+o")

    def test_fail_equal(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_fail_multiline(self):
        self.assertEqual("a\nb\nc\n", "a\nB\nc\n")

    def test_fail_dict(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_fail_msg(self):
        self.assertTrue(0, "custom message")

    def test_fail_longmsg(self):
        self.longMessage = False
        self.assertEqual(1, 2, "only this")

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skipped(self):
        raise AssertionError("never")

    @unittest.skipIf(True, "condition true")
    def test_skipif(self):
        pass

    @unittest.skipUnless(False, "condition false")
    def test_skipunless(self):
        pass

    def test_skiptest(self):
        self.skipTest("skipped inside")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, kind="even?"):
                self.assertEqual(i % 2, 0)

    def test_subtest_error(self):
        with self.subTest("labelled"):
            raise ValueError("inside subtest")
        log.append("after subtest error")

    def test_cleanup_error(self):
        self.addCleanup(lambda: 1 / 0)


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")

    def test_never(self):
        log.append("never")


class BrokenClassFixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError("no class today")

    def test_x(self):
        pass


def clean(text):
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in Xs", text)
    text = re.sub(r'File ".*?([^/"]+\.py)"', r'File "\1"', text)
    return text


loader = unittest.TestLoader()
suite = unittest.TestSuite()
for case in (Basics, SkippedClass, BrokenSetUp, BrokenClassFixture):
    suite.addTests(loader.loadTestsFromTestCase(case))
print(suite.countTestCases(), [t.id().split(".", 1)[1] for t in suite][:5])
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(suite)
print(clean(stream.getvalue()))
print("wasSuccessful", result.wasSuccessful(), "testsRun", result.testsRun)
print("failures", sorted(t.id().rsplit(".", 1)[1] for t, _ in result.failures))
print("errors", sorted(str(t) for t, _ in result.errors))
print("skipped", sorted((t.id().rsplit(".", 1)[1], why) for t, why in result.skipped))
print("expectedFailures", [t.id().rsplit(".", 1)[1] for t, _ in result.expectedFailures])
print("unexpectedSuccesses", [t.id().rsplit(".", 1)[1] for t in result.unexpectedSuccesses])
print("\n".join(log))

# verbosity 1 and 0, and failfast
for verbosity in (0, 1):
    s = io.StringIO()
    r = unittest.TextTestRunner(stream=s, verbosity=verbosity).run(
        loader.loadTestsFromNames(["test_pass", "test_error", "test_skipped"], Basics))
    print(repr(clean(s.getvalue()).splitlines()[0]), r.testsRun)
s = io.StringIO()
r = unittest.TextTestRunner(stream=s, failfast=True).run(loader.loadTestsFromTestCase(Basics))
print("failfast ran", r.testsRun, r.shouldStop)

# loader details
print(loader.getTestCaseNames(Basics)[:4])
loader2 = unittest.TestLoader()
loader2.testMethodPrefix = "test_fail"
print(loader2.getTestCaseNames(Basics))
loader2.testNamePatterns = ["*dict*"]
print(loader2.getTestCaseNames(Basics))
bad = loader.loadTestsFromName("Basics.test_nope", sys.modules[__name__])
r = unittest.TestResult()
bad.run(r)
print(len(r.errors), r.errors[0][1].strip().splitlines()[-1])
print(str(Basics("test_pass")), repr(Basics("test_pass")).split(" ")[0])
try:
    Basics("no_such_method")
except ValueError as e:
    print("ValueError:", e)
print(Basics("test_pass") == Basics("test_pass"), Basics("test_pass").shortDescription())
