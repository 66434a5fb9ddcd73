// Float math with CPython's exact results on glibc 2.36: see dd.ts for the method.
export { exp, exp2, expm1 } from "./exp.js";
export { log, log2, log10, log1p } from "./log.js";
export { pow } from "./pow.js";
export { sin, cos, tan } from "./trig.js";
export { atan, atan2, asin, acos } from "./atan.js";
export { sinh, cosh, tanh, asinh, acosh, atanh, cbrt } from "./hyperbolic.js";
export { erf, erfc } from "./erf.js";
export {
  sqrt,
  trunc,
  floor,
  ceil,
  fmod,
  copysign,
  remainder,
  nextafter,
  ulp,
  ldexp,
  frexp,
  modf,
  hypot,
  dist,
  fsum,
  vectorNorm,
} from "./misc.js";
export { classifyMathError, type MathErrorKind } from "./errors.js";
