import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { modelProblems } from "./model/check-model";
import { compileModel } from "./model/compile";

/**
 * `npm run model`: compiles interaction-model/grammar/<locale>/ into
 * interaction-model/<locale>.json, refusing a model that breaks a rule (check-model.ts).
 */
const ROOT = join(import.meta.dirname, "..");
const LOCALES = ["en-US"];

for (const locale of LOCALES) {
  const model = compileModel(join(ROOT, "interaction-model/grammar", locale));
  const problems = modelProblems(model);
  if (problems.length > 0) {
    console.error(`${locale}: ${problems.length} problems\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  const out = join(ROOT, "interaction-model", `${locale}.json`);
  writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`);
  const { intents } = model.interactionModel.languageModel;
  const samples = intents.reduce((n, intent) => n + intent.samples.length, 0);
  console.log(`${locale}: ${intents.length} intents, ${samples} samples -> ${out}`);
}
