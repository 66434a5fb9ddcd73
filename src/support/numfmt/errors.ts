/** The exception every numfmt primitive throws; the object layer turns it into the Python
 * exception of the same name. Not an Error: capturing a JS stack trace for each failed
 * `int("x")` cost more than the parse, and nothing reads it. */
export class NumFmtError {
  readonly name: string;
  constructor(
    readonly pyType: "ValueError" | "OverflowError" | "TypeError",
    readonly message: string,
  ) {
    this.name = pyType;
  }

  toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

export function valueError(message: string): NumFmtError {
  return new NumFmtError("ValueError", message);
}

export function overflowError(message: string): NumFmtError {
  return new NumFmtError("OverflowError", message);
}
