// Constructors of object types that the VM builds from bytecode (set displays, bytes and
// complex constants) but that live in object modules the VM otherwise does not need. The
// API layer installs them at start-up (src/api/runtime.ts) from the object modules.

import type { PyObject } from "../objects/object.js";

export const runtimeFactories: {
  float: (value: number) => PyObject;
  bytes: (data: Uint8Array) => PyObject;
  complex: (real: number, imag: number) => PyObject;
  frozenset: (items: PyObject[]) => PyObject;
  set: (items: PyObject[]) => PyObject;
  setAdd: (set: PyObject, item: PyObject) => void;
  setUpdate: (set: PyObject, iterable: PyObject) => void;
} = {
  float: missing,
  bytes: missing,
  complex: missing,
  frozenset: missing,
  set: missing,
  setAdd: missing,
  setUpdate: missing,
};

function missing(): never {
  throw new Error("runtime factory not installed");
}
