import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { BackCoachStack } from "./back-coach-stack";
import { readSettings } from "./settings";

/**
 * `npm run synth | diff | deploy`. Settings come from context or the environment; the stack is
 * environment-agnostic, so synth needs no AWS account. cdk-nag's AwsSolutions pack runs on
 * every synth: a finding without a justified suppression fails it.
 */
export function buildApp(app = new App()): { app: App; stack: BackCoachStack } {
  const settings = readSettings((key) => app.node.tryGetContext(key));
  const stack = new BackCoachStack(app, "BackCoach", {
    settings,
    description: "Back Coach: an Alexa skill that coaches back workouts by voice.",
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildApp().app.synth();
}
