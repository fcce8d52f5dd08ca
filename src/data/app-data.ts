/**
 * The dataset in the reader's language with the lookups every view shares: the type the features
 * take, below them all.
 */
import { byId, generalStatements } from './select';
import type { Phase, Site, Source, Statement } from './select';
import type { SiteKind } from './schema';
import type { Dataset } from './validate';
import type { Content } from './content';

/** The dataset in the reader's language, with the lookups the views share. */
export interface AppData extends Dataset {
  sitesById: ReadonlyMap<string, Site>;
  phasesById: ReadonlyMap<number, Phase>;
  sourcesById: ReadonlyMap<string, Source>;
  /** The kinds of site in the data, in data order. */
  kinds: SiteKind[];
  /** The article the statements quote: the source most of them cite (no source id in code). */
  article: Source | undefined;
  /** Statements tied to neither a site nor a phase. */
  general: Statement[];
  /** The reader's content translations (null for English), for data loaded later: the tour. */
  content: Content | null;
}

export function withLookups(data: Dataset, content: Content | null = null): AppData {
  return {
    ...data,
    content,
    sitesById: byId(data.sites),
    phasesById: byId(data.phases),
    sourcesById: byId(data.sources),
    kinds: [...new Set(data.sites.map((s) => s.kind))],
    article: mostCited(data.statements, data.sources),
    general: generalStatements(data.statements),
  };
}

function mostCited(statements: Statement[], sources: Source[]): Source | undefined {
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(s.source, (counts.get(s.source) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return top ? sources.find((s) => s.id === top[0]) : undefined;
}
