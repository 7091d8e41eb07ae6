import { BackCoachError } from "../errors";

/**
 * A request the server will not answer. The message is what the client reads, so it names the
 * rule that failed and nothing of the server (no paths, no library messages); what went wrong
 * underneath travels in `cause`, for the log only.
 */
export class RequestRefused extends BackCoachError {
  override readonly name = "RequestRefused";

  constructor(
    readonly status: number,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
  }
}
