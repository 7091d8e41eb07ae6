import { describe, expect, it } from "vitest";
import { EmfMetrics } from "../../lambda/observability/emf-metrics";

/** Metrics that write into a list, in a container started as Lambda says in `env`. */
function metrics(env: NodeJS.ProcessEnv) {
  const lines: Record<string, unknown>[] = [];
  const emf = new EmfMetrics(
    "BackCoach",
    "back-coach",
    (line) => lines.push(JSON.parse(line)),
    env,
  );
  return { emf, lines };
}

const ON_DEMAND = { AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand", AWS_LAMBDA_FUNCTION_NAME: "fn" };

describe("EMF metrics (CloudWatch's embedded metric format)", () => {
  it("writes a request's metrics as one EMF line, several values of one metric as a list", () => {
    const { emf, lines } = metrics(ON_DEMAND);
    emf.timing("TurnLatency", 12.5);
    emf.count("WorkoutsStarted");
    emf.count("WorkoutsFinished", 2);
    emf.timing("TurnLatency", 3);
    emf.publish();
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      _aws: {
        CloudWatchMetrics: [
          {
            Namespace: "BackCoach",
            Dimensions: [["service"]],
            Metrics: [
              { Name: "TurnLatency", Unit: "Milliseconds" },
              { Name: "WorkoutsStarted", Unit: "Count" },
              { Name: "WorkoutsFinished", Unit: "Count" },
            ],
          },
        ],
      },
      service: "back-coach",
      TurnLatency: [12.5, 3],
      WorkoutsStarted: 1,
      WorkoutsFinished: 2,
    });
    const aws = line?._aws as { Timestamp?: unknown } | undefined;
    expect(typeof aws?.Timestamp).toBe("number");
    expect(Math.abs(Number(aws?.Timestamp) - Date.now())).toBeLessThan(60_000);
  });

  it("starts each request empty, and writes nothing for a request that measured nothing", () => {
    const { emf, lines } = metrics(ON_DEMAND);
    emf.count("StorageErrors");
    emf.publish();
    emf.publish();
    emf.timing("TurnLatency", Number.NaN);
    emf.publish();
    expect(
      lines.map((line) => Object.keys(line).filter((k) => k !== "_aws" && k !== "service")),
    ).toEqual([["StorageErrors"]]);
  });

  it("counts one cold start per on-demand container, by service and function", () => {
    const { emf, lines } = metrics(ON_DEMAND);
    emf.captureColdStart();
    emf.captureColdStart();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      _aws: {
        CloudWatchMetrics: [
          {
            Dimensions: [["service", "function_name"]],
            Metrics: [{ Name: "ColdStart", Unit: "Count" }],
          },
        ],
      },
      service: "back-coach",
      function_name: "fn",
      ColdStart: 1,
    });
  });

  it("counts no cold start for a container started ahead (provisioned concurrency)", () => {
    const { emf, lines } = metrics({ AWS_LAMBDA_INITIALIZATION_TYPE: "provisioned-concurrency" });
    emf.captureColdStart();
    expect(lines).toEqual([]);
  });
});
