import type { Source, Statement } from '../data/schema';
import { StatementList } from '../ui/StatementList';

export interface StepStatementsProps {
  ids: string[];
  /** On the room's screen, each translation leads (the presenter's own view keeps the words as said first). */
  audienceFirst?: boolean;
  statements: ReadonlyMap<string, Statement>;
  sources: ReadonlyMap<string, Source>;
}

/** A step's statements, in the step's order, each with speaker, date and source. */
export function StepStatements({ ids, statements, sources, audienceFirst = false }: StepStatementsProps) {
  const list = ids.map((id) => statements.get(id)).filter((s): s is Statement => s !== undefined);
  if (list.length === 0) return null;
  return <StatementList statements={list} sources={sources} empty="" audienceFirst={audienceFirst} />;
}
