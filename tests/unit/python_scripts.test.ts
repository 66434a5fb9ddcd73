// The differential suite (tests/python/suite.ts) as users run Swallow: the JIT on, with its
// default threshold.
import { defineScriptSuite } from "../python/suite.js";

defineScriptSuite("JIT on", {});
