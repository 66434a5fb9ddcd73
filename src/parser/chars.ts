// The parser's view of Unicode (identifiers, printable characters, character names), taken
// from the project's Unicode 14.0.0 tables so that it agrees with CPython 3.11 exactly.

export { isIdentifier, isPrintable, lookupName } from "../support/unicode/index.js";
