import { memo } from 'react';
import type { Source, Statement } from '../data/schema';
import { useStrings } from '../i18n';
import { SourceLink } from './SourceRefs';
import { Statements } from './Statements';

export interface ArticleInfoProps {
  article: Source | undefined;
  general: Statement[];
  sources: ReadonlyMap<string, Source>;
}

/** The article the statements come from, and its remarks tied to no site or phase. */
export const ArticleInfo = memo(function ArticleInfo({ article, general, sources }: ArticleInfoProps) {
  const strings = useStrings();
  return (
    <section aria-labelledby="article-heading">
      <h2 id="article-heading">{strings.articleHeading}</h2>
      {article && (
        <p>
          <SourceLink source={article} />
        </p>
      )}
      {general.length > 0 && (
        <details>
          <summary>{strings.generalHeading} ({general.length})</summary>
          <Statements statements={general} sources={sources} empty="" />
        </details>
      )}
    </section>
  );
});
