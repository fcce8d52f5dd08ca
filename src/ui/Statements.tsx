import { Suspense, lazy } from 'react';
import type { StatementListProps } from './StatementList';
import { useStrings } from '../i18n';

const load = () => import('./StatementList');
const StatementList = lazy(load);

/**
 * Loads the code that draws statements: the app asks for it with the statements themselves
 * (src/app/useDataset.ts), so the first view, which shows no quote, does not carry it. Never
 * rejects, so the statements still arrive if it fails.
 */
export const preloadStatementList = (): Promise<unknown> => load().catch(() => undefined);

/**
 * A list of statements in a panel or the sidebar; `loading` while the statements have not been
 * read, which it says rather than that there are none. The list's code arrives with the statements.
 */
export function Statements({ loading = false, ...props }: StatementListProps & { loading?: boolean | undefined }) {
  const strings = useStrings();
  const wait = <p className="muted">{strings.said.loading}</p>;
  if (loading) return wait;
  return (
    <Suspense fallback={wait}>
      <StatementList {...props} />
    </Suspense>
  );
}
