// erf, erfc: correctly rounded (see dd.ts). glibc's are fdlibm's and differ in the last
// bit on some inputs (listed in the known mismatches).
//
// |x| < 1: Maclaurin series of erf. 1 <= |x| < 6: erf x = 2/sqrt(pi) e^(-x^2)
// sum 2^n x^(2n+1) / (1 3 5 ... (2n+1)), all terms positive. erfc x for x >= 3: Laplace's
// continued fraction e^(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))),
// evaluated from the tail; below 3, erfc = 1 - erf loses at most 16 of the 106 bits.

import { R, ddAdd, ddAddD, ddDiv, ddMul, roundScaled, twoProd } from "./dd.js";
import { EXP, expCore } from "./exp.js";
import { INV_SQRTPI_HI, INV_SQRTPI_LO, TWO_OVER_SQRTPI_HI, TWO_OVER_SQRTPI_LO } from "./tables.js";

/** Sets R = erf(a) for 0 <= a < 6 (a >= 2^-60). */
function erfCore(a: number): void {
  twoProd(a, a);
  const uh = R.hi;
  const ul = R.lo;
  if (a < 1) {
    let th = a;
    let tl = 0;
    let sh = a;
    let sl = 0;
    for (let n = 1; n < 40; n++) {
      ddMul(th, tl, -uh, -ul);
      ddDiv(R.hi, R.lo, n, 0);
      th = R.hi;
      tl = R.lo;
      ddDiv(th, tl, 2 * n + 1, 0);
      ddAdd(sh, sl, R.hi, R.lo);
      sh = R.hi;
      sl = R.lo;
      if (Math.abs(th) < Math.abs(sh) * 1e-34) break;
    }
    ddMul(sh, sl, TWO_OVER_SQRTPI_HI, TWO_OVER_SQRTPI_LO);
    return;
  }
  let th = a;
  let tl = 0;
  let sh = a;
  let sl = 0;
  for (let n = 1; n < 400; n++) {
    ddMul(th, tl, 2 * uh, 2 * ul);
    ddDiv(R.hi, R.lo, 2 * n + 1, 0);
    th = R.hi;
    tl = R.lo;
    ddAdd(sh, sl, th, tl);
    sh = R.hi;
    sl = R.lo;
    if (th < sh * 1e-34) break;
  }
  expCore(-uh, -ul);
  ddMul(sh, sl, EXP.hi, EXP.lo);
  ddMul(R.hi, R.lo, TWO_OVER_SQRTPI_HI, TWO_OVER_SQRTPI_LO);
  const k = EXP.k;
  // scale by 2^k (the result is < 1, no overflow or underflow of the pair that matters)
  R.hi *= 2 ** k;
  R.lo *= 2 ** k;
}

const EFX = 0.1283791670955126; // fl(2/sqrt(pi) - 1)

export function erf(x: number): number {
  const a = Math.abs(x);
  if (!(a < 6)) return a !== a ? x : x > 0 ? 1 : -1;
  if (a < 3.725290298461914e-9) {
    // 2^-28: glibc (fdlibm) returns x + efx x, efx = 2/sqrt(pi) - 1, pre-scaled by 8 near
    // the subnormal range
    if (x === 0) return x;
    if (a < 2.2250738585072014e-308 * 16) return 0.125 * (8 * x + EFX * 8 * x);
    return x + EFX * x;
  }
  erfCore(a);
  return x < 0 ? -R.hi : R.hi;
}

export function erfc(x: number): number {
  if (x !== x) return x;
  if (x < 3) {
    if (x < -6) return 2;
    if (Math.abs(x) < 8.673617379884035e-19) return 1;
    erfCore(Math.abs(x));
    if (x < 0) ddAddD(R.hi, R.lo, 1);
    else ddAdd(1, 0, -R.hi, -R.lo);
    return R.hi;
  }
  if (x > 28) return 0;
  const depth = Math.ceil(1200 / (x * x)) + 12;
  let fh = x;
  let fl = 0;
  for (let k = depth; k >= 1; k--) {
    ddDiv(k / 2, 0, fh, fl);
    ddAddD(R.hi, R.lo, x);
    fh = R.hi;
    fl = R.lo;
  }
  ddDiv(INV_SQRTPI_HI, INV_SQRTPI_LO, fh, fl);
  const qh = R.hi;
  const ql = R.lo;
  twoProd(x, x);
  expCore(-R.hi, -R.lo);
  ddMul(qh, ql, EXP.hi, EXP.lo);
  return roundScaled(R.hi, R.lo, EXP.k);
}
