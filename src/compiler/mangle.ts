// Private name mangling (`__x` inside `class C` is `_C__x`), as CPython's _Py_Mangle.

export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  // Dunder names and dotted names (import a.b) are not mangled.
  if (name.endsWith("__") || name.includes(".")) return name;
  let i = 0;
  while (i < privateName.length && privateName[i] === "_") i++;
  if (i === privateName.length) return name;
  return "_" + privateName.slice(i) + name;
}
