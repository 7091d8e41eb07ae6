import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "./dynamodb-local";
import { warmUp } from "./store-backend";

/**
 * The dynamodb-local project's globalSetup: one DynamoDB Local (in memory) for the whole run,
 * warmed up, its endpoint handed to every test file, each of which makes tables of its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startDynamoDbLocal();
  try {
    await warmUp(server.endpoint);
  } catch (error) {
    await server.close();
    throw error;
  }
  project.provide("dynamodbLocalEndpoint", server.endpoint);
  return () => server.close();
}
