// The differential suite (tests/python/suite.ts) with the JIT's guards failing at random
// (--jit-stress), compiling after two calls or loop iterations so that the feedback is
// narrow and the code speculates: every deoptimisation path gets taken.
import { defineScriptSuite } from "../python/suite.js";

defineScriptSuite("--jit-stress", { SWALLOW_JIT: "stress", SWALLOW_JIT_THRESHOLD: "2" });
