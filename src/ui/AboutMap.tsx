import { memo } from 'react';
import { useStrings } from '../i18n';

/** Where the basemap comes from and whose view of borders and names it follows. */
export const AboutMap = memo(function AboutMap() {
  const strings = useStrings();
  return (
    <section aria-labelledby="about-map-heading" className="about-map">
      <h2 id="about-map-heading">{strings.aboutMap.heading}</h2>
      <p>{strings.aboutMap.text}</p>
    </section>
  );
});
