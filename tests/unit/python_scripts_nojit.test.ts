// The differential suite (tests/python/suite.ts) in the interpreter alone (--no-jit).
import { defineScriptSuite } from "../python/suite.js";

defineScriptSuite("--no-jit", { SWALLOW_JIT: "off" });
