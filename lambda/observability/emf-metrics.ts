import type { CountMetric, Telemetry, TimingMetric } from "../telemetry";
import { writeLine } from "./log-line";

type Unit = "Count" | "Milliseconds";

/**
 * CloudWatch metrics in the Embedded Metric Format: one JSON line on stdout per request, which
 * CloudWatch turns into metrics with no API call. The format is AWS's ("Specification: Embedded
 * metric format"): an `_aws` member naming the namespace, the dimension sets and each metric's
 * unit, and each dimension and metric as a member of its own (several values of one metric in
 * a request as a list).
 *
 * Written here rather than with Powertools' Metrics: the skill needs three calls of it, and the
 * library took a cold start about 2 ms to load and set up (README, Performance).
 */
export class EmfMetrics implements Telemetry {
  private readonly values = new Map<string, { unit: Unit; values: number[] }>();
  private readonly functionName: string | undefined;
  private coldStart: boolean;

  constructor(
    private readonly namespace: string,
    private readonly service: string,
    private readonly write: (line: string) => void = (line) => writeLine(1, line),
    env: NodeJS.ProcessEnv = process.env,
  ) {
    // A container started ahead (provisioned concurrency) is no user's cold start.
    this.coldStart = env.AWS_LAMBDA_INITIALIZATION_TYPE === "on-demand";
    this.functionName = env.AWS_LAMBDA_FUNCTION_NAME;
  }

  count(name: CountMetric, value = 1): void {
    this.add(name, "Count", value);
  }

  timing(name: TimingMetric, milliseconds: number): void {
    this.add(name, "Milliseconds", milliseconds);
  }

  /** The container's first request only: a ColdStart of 1, by service and function. */
  captureColdStart(): void {
    if (!this.coldStart) return;
    this.coldStart = false;
    const dimensions = this.functionName
      ? { service: this.service, function_name: this.functionName }
      : { service: this.service };
    this.write(this.line(dimensions, [["ColdStart", { unit: "Count", values: [1] }]]));
  }

  /** Writes what this request measured, if anything, and starts the next request empty. */
  publish(): void {
    if (this.values.size === 0) return;
    this.write(this.line({ service: this.service }, [...this.values]));
    this.values.clear();
  }

  private add(name: string, unit: Unit, value: number): void {
    if (!Number.isFinite(value)) return;
    const metric = this.values.get(name);
    if (metric) metric.values.push(value);
    else this.values.set(name, { unit, values: [value] });
  }

  private line(
    dimensions: Readonly<Record<string, string>>,
    metrics: readonly (readonly [string, { unit: Unit; values: readonly number[] }])[],
  ): string {
    const document: Record<string, unknown> = {
      _aws: {
        Timestamp: Date.now(),
        CloudWatchMetrics: [
          {
            Namespace: this.namespace,
            Dimensions: [Object.keys(dimensions)],
            Metrics: metrics.map(([name, { unit }]) => ({ Name: name, Unit: unit })),
          },
        ],
      },
      ...dimensions,
    };
    for (const [name, { values }] of metrics)
      document[name] = values.length === 1 ? values[0] : values;
    return JSON.stringify(document);
  }
}
