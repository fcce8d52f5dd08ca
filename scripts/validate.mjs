#!/usr/bin/env node
// `npm run validate [dir]`: checks the geodata files from the command line, with the same schemas
// and the same messages as the app (src/data/). Exit code 1 when anything is wrong.
import { readFile, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const dir = resolve(process.argv[2] ?? 'geodata');
const root = new URL('..', import.meta.url).pathname;
const load = async (path) => (await runnerImport(`${root}${path}`, { root, logLevel: 'silent', define: { __SINGLE_FILE__: 'false' } })).module;
const { DATA_FILES, TOURS_DIR, tourFile, describeProblem } = await load('src/data/validate.ts');
const { validateDataset } = await load('src/data/validate-all.ts');
const { validateTourFile, checkShippedId } = await load('src/data/tour.ts');
const { DRAFT_TOUR } = await load('src/state/url-state.ts');
const { readPlaces, checkPlaceNames } = await load('src/data/places.ts');
const { parseContent } = await load('src/data/content.ts');

const read = async (file) => readFile(`${dir}/${file}`, 'utf8').catch((e) => ({ error: e.code === 'ENOENT' ? 'file not found' : e.message }));
const files = Object.fromEntries(await Promise.all(DATA_FILES.map(async (f) => [f, await read(f)])));
const data = validateDataset(files);
// Every tour in geodata/tours/: each carries its own file name as its id; "draft" is the name the
// URL gives the tour editor's draft, so no shipped tour may take it.
const tourIds = (await readdir(`${dir}/${TOURS_DIR}`).catch(() => [])).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
const tourProblems = [];
let tourSteps = 0;
if (tourIds.length === 0) tourProblems.push({ file: TOURS_DIR, message: 'holds no tour (a briefing needs at least one)' });
for (const id of tourIds) {
  const file = tourFile(id);
  const tour = validateTourFile(file, await read(file), data);
  checkShippedId(tour, file, id);
  if (id === DRAFT_TOUR) tour.problems.push({ file, field: 'id', message: `"${DRAFT_TOUR}" is the name of the draft kept in a browser; a shipped tour needs another` });
  tourProblems.push(...tour.problems);
  tourSteps += tour.steps.length;
}
// The reference places, and their names in each translation file (a place without one would
// show its English name in that language).
const placeProblems = [];
const { places, declared } = readPlaces(await read('places.json'), placeProblems);
const translations = (await readdir(`${dir}/i18n`).catch(() => [])).filter((f) => f.endsWith('.json')).sort();
for (const f of translations) {
  const lang = f.replace(/\.json$/, '');
  const content = parseContent(lang, await read(`i18n/${f}`), placeProblems);
  checkPlaceNames(places, `i18n/${f}`, content.places, placeProblems, declared);
}
const problems = [...data.problems, ...tourProblems, ...placeProblems];

for (const p of problems) console.error(describeProblem(p));
const counts = `${data.sites.length} sites, ${data.phases.length} phases, ${data.statements.length} statements, ${data.sources.length} sources, ${data.corrections.length} corrections, ${tourIds.length} tours of ${tourSteps} steps, ${places.length} reference places named in ${translations.length} translations`;
if (problems.length) {
  console.error(`\n${problems.length} problem${problems.length > 1 ? 's' : ''} in ${dir} (valid: ${counts}).`);
  process.exit(1);
}
console.log(`${dir}: all valid (${counts}).`);
