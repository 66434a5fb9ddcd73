// The core built-in type objects, created before anything else so that every module can
// refer to them; each type's methods are installed by the module that implements it
// (int.ts fills intType's namespace, list.ts listType's, and so on).

import { primitiveTypes, PyInstance, type PyObjectBase } from "./object.js";
import { builtinDoc, PyType } from "./type.js";

export const objectType = new PyType(null, "object", [], true);
export const typeType = new PyType(null, "type", [objectType], true);
objectType.type = typeType;
typeType.type = typeType;
objectType.newInstance = (t) => new PyInstance(t);

/** A built-in type whose instances are made by the module that defines it. */
export function builtinType(name: string, base: PyType = objectType, subclassable = true): PyType {
  const t = new PyType(typeType, name, [base], true);
  t.isBaseType = subclassable;
  return t;
}

export const intType = builtinType("int");
export const boolType = builtinType("bool", intType, false);
export const floatType = builtinType("float");
export const complexType = builtinType("complex");
export const strType = builtinType("str");
export const bytesType = builtinType("bytes");
export const bytearrayType = builtinType("bytearray");
export const tupleType = builtinType("tuple");
export const listType = builtinType("list");
export const dictType = builtinType("dict");
export const setType = builtinType("set");
export const frozensetType = builtinType("frozenset");
export const rangeType = builtinType("range", objectType, false);
export const sliceType = builtinType("slice", objectType, false);
export const noneType = builtinType("NoneType", objectType, false);
export const notImplementedType = builtinType("NotImplementedType", objectType, false);
export const ellipsisType = builtinType("ellipsis", objectType, false);
export const functionType = builtinType("function", objectType, false);
export const builtinFunctionType = builtinType("builtin_function_or_method", objectType, false);
export const methodType = builtinType("method", objectType, false);
export const methodDescriptorType = builtinType("method_descriptor", objectType, false);
export const classMethodDescriptorType = builtinType("classmethod_descriptor", objectType, false);
export const getSetDescriptorType = builtinType("getset_descriptor", objectType, false);
export const memberDescriptorType = builtinType("member_descriptor", objectType, false);
export const wrapperDescriptorType = builtinType("wrapper_descriptor", objectType, false);
/** A slot wrapper bound to an instance (`(1).__add__`). */
export const methodWrapperType = builtinType("method-wrapper", objectType, false);
export const moduleType = builtinType("module");
export const cellType = builtinType("cell", objectType, false);
export const codeType = builtinType("code", objectType, false);
export const frameType = builtinType("frame", objectType, false);
export const tracebackType = builtinType("traceback", objectType, false);

primitiveTypes.int = intType;
primitiveTypes.bool = boolType;
primitiveTypes.str = strType;

/** A singleton object of its own type (None, NotImplemented, Ellipsis). */
class PySingleton implements PyObjectBase {
  constructor(public type: PyType) {}
}

export const None: PyObjectBase = new PySingleton(noneType);
builtinDoc.none = None;
for (const t of builtinDoc.early.splice(0)) if (!t.dict.has("__doc__")) t.dict.set("__doc__", None);
export const NotImplemented: PyObjectBase = new PySingleton(notImplementedType);
export const Ellipsis: PyObjectBase = new PySingleton(ellipsisType);
