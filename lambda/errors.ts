/**
 * The one base of Back Coach's own errors. Each subclass names a failure the code can act on
 * (a setting that is wrong, storage that failed, a profile value out of range); `cause` keeps
 * the error underneath, so a log line can say why without the whole stack.
 */
export class BackCoachError extends Error {
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
