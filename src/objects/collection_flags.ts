// Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, which `match` reads to tell sequences and
// mappings apart. The _abc module records a Python class's flag (from __abc_tpflags__, or
// registering with Sequence or Mapping) in the class's `extra`; this module imports nothing
// at run time, so that any layer may read them whatever the order modules initialise in.

import type { PyType } from "./type.js";

export const SEQUENCE_FLAG = 1 << 5;
export const MAPPING_FLAG = 1 << 6;
export const COLLECTION_FLAGS = SEQUENCE_FLAG | MAPPING_FLAG;

/** The flag the _abc module recorded for `t` or the nearest class in its MRO; 0 if none. */
export function recordedCollectionFlags(t: PyType): number {
  for (const base of t.mro) {
    const f = base.extra["collectionFlags"];
    if (typeof f === "number" && f !== 0) return f;
  }
  return 0;
}
