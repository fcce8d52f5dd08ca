import { useStrings } from '../i18n';
import { describeTourProblem } from '../tour-package/tour-sources';
import type { PlayableTour, TourSource } from '../tour-package/tour-sources';
import { TourMenu } from './TourMenu';

export interface TourMissingProps {
  /** The id the URL asks for. */
  id: string;
  /** Its source, if there is one by that id. */
  asked: TourSource | null;
  tours: PlayableTour[];
  onChoose: (id: string) => void;
  onExit: () => void;
}

/**
 * The tour asked for is not here, has no steps, or (the draft) was never saved: says which, with
 * its problems, and offers the tours there are.
 */
export function TourMissing({ id, asked, tours, onChoose, onExit }: TourMissingProps) {
  const strings = useStrings();
  const t = strings.tours;
  const why = !asked ? t.unknown(id) : asked.kind === 'draft' && asked.tour.info === null && asked.tour.problems.length === 0 ? t.noDraft : strings.briefing.tourProblems;
  return (
    <div className="data-problems briefing-missing" role="alert">
      <p><strong>{why}.</strong></p>
      {asked && asked.tour.problems.length > 0 && <ul>{asked.tour.problems.map((p, i) => <li key={i}>{describeTourProblem(p, strings.tourFiles)}</li>)}</ul>}
      {tours.length > 0 && <p>{t.pick}</p>}
      {tours.length > 0 && <TourMenu tours={tours} current={null} onChoose={onChoose} />}
      <p>
        <button type="button" onClick={onExit}>{strings.briefing.exit}</button>
      </p>
    </div>
  );
}
