import type { DataProblem } from '../data/validate';
import { describeProblem } from '../data/validate';
import { useStrings } from '../i18n';

const SHOWN = 4;

/** A clear, non-blocking message for broken data: the rest of the app keeps working. */
export function DataProblems({ problems }: { problems: DataProblem[] }) {
  const strings = useStrings();
  if (problems.length === 0) return null;
  const lines = problems.map(describeProblem);
  return (
    <div className="data-problems" role="alert">
      <strong>{strings.dataProblemsTitle(problems.length)}.</strong> {strings.dataProblemsHint}
      <ul>
        {lines.slice(0, SHOWN).map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
      {lines.length > SHOWN && (
        <details>
          <summary>{strings.moreProblems(lines.length - SHOWN)}</summary>
          <ul>
            {lines.slice(SHOWN).map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
