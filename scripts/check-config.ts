// Checks an organisation config file (the one BATON_CONFIG names) without starting the server.
//
//   npm run --silent check-config -- baton.config.json
//
// Exit 0 and one "ok" line on stdout; exit 2 and one line naming the bad field on stderr.
import { loadConfigFile } from "../lib/organisation/load";

const files = process.argv.slice(2).filter((a) => a !== "--");
if (files.length !== 1) {
  console.error("usage: npm run --silent check-config -- FILE (a .json, .yaml or .yml file)");
  process.exit(2);
}
const file = files[0]!;
const loaded = loadConfigFile(file);
if (!loaded.ok) {
  console.error(loaded.message);
  process.exit(2);
}
const { config } = loaded.value;
console.log(
  `${file}: ok (${config.organisation.name}: ${config.pavedRoad?.length ?? 0} paved-road tools, ${config.exclude?.length ?? 0} exclusions)`,
);
