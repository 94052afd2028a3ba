/**
 * The verdict mix of each model over uniformly random, fully answered answer sets: every scored
 * and context question gets one of its real options with equal probability (no "not sure"), as in
 * the expert audit of model 1. Prints a Markdown table; `--draws N` (default 200000), `--seed S`.
 *
 *   npm run --silent verdict-mix
 *
 * A seeded PRNG (mulberry32) keeps the figures reproducible; only the verdict is computed (score,
 * then the model's verdict rules), so 200 000 draws per model take seconds.
 */
import { parseArgs } from "node:util";
import { MODELS, contributionsOf, type Answers, type Model } from "../lib/scoring";

const { values } = parseArgs({
  options: {
    draws: { type: "string", default: "200000" },
    seed: { type: "string", default: "2026" },
  },
});
const draws = Number(values.draws);
if (!Number.isInteger(draws) || draws <= 0) {
  console.error(`verdict-mix: --draws must be a positive whole number, got "${values.draws}".`);
  process.exit(2);
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Counts per verdict and per rule over `draws` uniform answer sets. */
function mix(model: Model) {
  const random = mulberry32(Number(values.seed));
  const verdicts = { orchestration: 0, hybrid: 0, choreography: 0 };
  const rules = new Map<string, number>();
  for (let i = 0; i < draws; i += 1) {
    const answers: Record<string, string> = {};
    for (const q of model.questions)
      answers[q.id] = q.options[Math.floor(random() * q.options.length)]!.id;
    const contributions = contributionsOf(answers as Answers, model);
    const scored = model.rules.scored(contributions, model);
    const detail = model.rules.verdict(scored, contributions, model);
    verdicts[detail.verdict] += 1;
    if (detail.rule) rules.set(detail.rule.id, (rules.get(detail.rule.id) ?? 0) + 1);
  }
  return { verdicts, rules };
}

const pct = (n: number) => `${((100 * n) / draws).toFixed(1)}%`;
console.log(
  `Verdict mix over ${draws} uniformly random, fully answered answer sets (seed ${values.seed})\n`,
);
console.log("| model | orchestration | hybrid | choreography | verdicts moved by a rule |");
console.log("| --- | --- | --- | --- | --- |");
for (const model of Object.values(MODELS)) {
  const { verdicts, rules } = mix(model);
  const moved = [...rules].map(([id, n]) => `${id} ${pct(n)}`).join(", ") || "none";
  console.log(
    `| ${model.version} | ${pct(verdicts.orchestration)} | ${pct(verdicts.hybrid)} | ${pct(verdicts.choreography)} | ${moved} |`,
  );
}
