/**
 * The one base of Back Coach's own errors. Each subclass names a failure the code can act on
 * (a setting that is wrong, storage that failed, a profile value out of range) in its `name`,
 * written out because the minified bundle renames classes; `cause` keeps the error underneath,
 * so a log line can say why without the whole stack.
 */
export abstract class BackCoachError extends Error {
  abstract override readonly name: string;

  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
  }
}
