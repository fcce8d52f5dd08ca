import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DATA_FILES } from '../../src/data/validate';
import type { RawFiles } from '../../src/data/validate';

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
