// The differential suite (tests/python/suite.ts) with every function compiled at its first
// call (--jit-threshold 0): compiled code without any feedback, so without speculation.
import { defineScriptSuite } from "../python/suite.js";

defineScriptSuite("--jit-threshold 0", { SWALLOW_JIT_THRESHOLD: "0" });
