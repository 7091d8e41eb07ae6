import type { Logger as PowertoolsLogger } from "@aws-lambda-powertools/logger";
import type { Context } from "aws-lambda";
import type { LogLevel } from "../config";
import type { Logger } from "../logger";
import { asSkillLogger, createPowertoolsLogger } from "./powertools";

/**
 * The Lambda's logger: Powertools' (structured JSON with the Lambda context and the request's
 * keys), made the first time a request logs. Most requests log nothing, and making it costs a
 * cold start milliseconds (a Console on stdout and stderr, its time-zone check); until then the
 * context and keys wait here, and are handed over when it is made.
 */
export class RequestLogger {
  private powertools: PowertoolsLogger | undefined;
  private context: Context | undefined;
  private keys: Record<string, unknown> = {};
  private requests = 0;
  /** The skill's Logger: the same object for the container's life, whatever it logs through. */
  readonly logger: Logger;

  constructor(private readonly level: LogLevel) {
    this.logger = asSkillLogger(() => this.made());
  }

  /** A request begins: its Lambda context and the keys each of its log lines carries. */
  startRequest(context: Context, keys: Record<string, unknown>): void {
    this.requests++;
    this.context = context;
    this.keys = keys;
    if (this.powertools) {
      this.powertools.addContext(context);
      this.powertools.appendKeys(keys);
    }
  }

  endRequest(): void {
    this.keys = {};
    this.powertools?.resetKeys();
  }

  private made(): PowertoolsLogger {
    if (!this.powertools) {
      const logger = createPowertoolsLogger(this.level);
      if (this.context) {
        // Powertools marks the first context it is given as the cold start: when this is not
        // the container's first request, it is given one to spend.
        if (this.requests > 1) logger.addContext(this.context);
        logger.addContext(this.context);
      }
      logger.appendKeys(this.keys);
      this.powertools = logger;
    }
    return this.powertools;
  }
}
