import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, tourFile } from '../../src/data/validate';
import type { Dataset, RawFiles } from '../../src/data/validate';
import { validateTourFile } from '../../src/data/tour';
import type { Tour } from '../../src/data/tour';
import { parseHashState } from '../../src/state/url-state';
import type { KnownIds, ViewState } from '../../src/state/url-state';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The real geodata files, as text. */
export function realFiles(): RawFiles {
  return Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(`${root}geodata/${f}`, 'utf8')])) as RawFiles;
}

/** The real files with one replaced by a JSON-edited copy. */
export function withEdited(file: keyof RawFiles, edit: (json: any) => void): RawFiles {
  const files = realFiles();
  const json = JSON.parse(files[file] as string);
  edit(json);
  return { ...files, [file]: JSON.stringify(json) };
}

/** A checked reference text kept in docs/reference/ (FACTS.md, source-article.md). */
export function reference(name: string): string {
  return readFileSync(`${root}docs/reference/${name}`, 'utf8');
}

/** The ids of the tours in geodata/tours/. */
export const tourIds = (): string[] => readdirSync(`${root}geodata/tours`).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();

/** A shipped tour's text. */
export const tourText = (id: string): string => readFileSync(`${root}geodata/${tourFile(id)}`, 'utf8');

/** Every shipped tour, validated against the data. */
export function shippedTours(data: Pick<Dataset, 'targets'>): { id: string; tour: Tour }[] {
  return tourIds().map((id) => ({ id, tour: validateTourFile(tourFile(id), tourText(id), data) }));
}

/** The view part of a URL state (site, phase, camera): what a link to a view restores. */
export const viewOf = ({ site, phase, camera }: ViewState): ViewState => ({ site, phase, camera });

/** The view a hash restores, as the page reads it. */
export const viewAt = (hash: string, known: KnownIds): ViewState => viewOf(parseHashState(hash, known));
