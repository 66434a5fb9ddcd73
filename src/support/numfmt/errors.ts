/** The exception every numfmt primitive throws; the object layer turns it into the Python exception of the same name. */
export class NumFmtError extends Error {
  constructor(
    readonly pyType: "ValueError" | "OverflowError" | "TypeError",
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
}

export function valueError(message: string): NumFmtError {
  return new NumFmtError("ValueError", message);
}

export function overflowError(message: string): NumFmtError {
  return new NumFmtError("OverflowError", message);
}
