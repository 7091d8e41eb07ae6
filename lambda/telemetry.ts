/** What the skill measures. Kept small: each name is a CloudWatch metric someone looks at. */
export type CountMetric = "WorkoutsStarted" | "WorkoutsFinished" | "StorageErrors";
export type TimingMetric = "TurnLatency" | "SegmentLatency";

/** Where measurements go: CloudWatch (EMF) on Lambda, nowhere in tests and locally. */
export interface Telemetry {
  count(name: CountMetric, value?: number): void;
  timing(name: TimingMetric, milliseconds: number): void;
}

export const NO_TELEMETRY: Telemetry = { count() {}, timing() {} };
