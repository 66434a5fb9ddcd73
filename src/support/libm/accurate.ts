// The phase-2 (double-double) versions of the functions that have a fast first phase, for
// the tests that check the fast phase never returns a different double.
export { expAccurate, exp2Accurate } from "./exp.js";
export { logAccurate, log2Accurate } from "./log.js";
export { powAccurate } from "./pow.js";
export { sinAccurate, cosAccurate, tanAccurate } from "./trig.js";
export { atanAccurate, atan2Accurate } from "./atan.js";
