/**
 * The article a card's facts come from: its title, outlet and date ("not stated" when the pack
 * does not know), and a link when the pack has the article's address.
 */
import type { Pack } from '../core/pack';
import { sourceLine } from './card-model';

/** Props of `ArticleSource`. */
export interface ArticleSourceProps {
  /** The pack whose article is the source. */
  readonly pack: Pack;
}

/** A short "Source" block naming the article. */
export function ArticleSource({ pack }: ArticleSourceProps) {
  const { article } = pack;
  return (
    <footer class="ncl-source">
      <p class="ncl-label">Source</p>
      <p class="ncl-source-title" dir="auto" lang={article.language}>
        {article.url ? (
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            {article.title}
          </a>
        ) : (
          article.title
        )}
        {article.titleIsEditorial ? <span class="ncl-muted"> (headline written for this summary)</span> : null}
      </p>
      <p class="ncl-muted">{sourceLine(pack)}</p>
    </footer>
  );
}
