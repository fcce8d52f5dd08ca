import { useStrings } from '../i18n';

/** Marks an event or statement dated after the month the map shows. */
export function LaterTag() {
  const strings = useStrings();
  return <span className="later-tag">{strings.timeline.later}</span>;
}
