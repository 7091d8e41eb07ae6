import { EmfMetrics } from "./emf-metrics";

/** The name every log line and metric carries, and the metrics' CloudWatch namespace. */
export const SERVICE_NAME = "back-coach";
export const METRICS_NAMESPACE = "BackCoach";

/** CloudWatch metrics in Embedded Metric Format: written to the log, no API calls. */
export function createMetrics(): EmfMetrics {
  return new EmfMetrics(METRICS_NAMESPACE, SERVICE_NAME);
}
