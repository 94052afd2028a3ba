/**
 * Records one released model's words, everything a result of that model shows in words: its
 * questions (text, help, article, option labels and points), question names and labels, gates,
 * hybrid patterns, implementation forms, notes and verdict rules. A test then pins them, so that a
 * model's words stay frozen with its numbers ("its words as well as its numbers",
 * lib/scoring/CHANGELOG.md). Run once when a model is released; never regenerate to make a test
 * pass.
 *
 *   npx tsx scripts/record-words-golden.ts 2 > lib/scoring/fixtures/model-2-words.json
 *
 * Errors: exits 2 with a message when the argument is not a released model's version.
 */
import { modelFor } from "@/lib/scoring/model";
import { wordsOf } from "@/lib/scoring/words-golden";

const version = Number(process.argv[2]);
const model = modelFor(version);
if (!model) {
  process.stderr.write(
    `record-words-golden: "${process.argv[2] ?? ""}" is not a released model's version.\n`,
  );
  process.exit(2);
}
process.stdout.write(JSON.stringify(wordsOf(model), null, 1) + "\n");
