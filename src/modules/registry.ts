// Modules that CPython writes in C are written here in TypeScript and registered by name;
// the import system looks here before searching sys.path. `init` returns the module's
// namespace entries; it runs on first import.

import type { PyObject } from "../objects/object.js";

export type NativeModuleInit = () => Record<string, PyObject>;

export const nativeModules = new Map<string, NativeModuleInit>();

export function registerNativeModule(name: string, init: NativeModuleInit): void {
  nativeModules.set(name, init);
}
