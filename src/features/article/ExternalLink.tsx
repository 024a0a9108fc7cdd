import type { ReactNode } from 'react';
import { isHttpUrl } from '../../lib/http-url';

/** A link out of the app: http(s) only, new tab, no opener or referrer handed to the other site. */
export function ExternalLink({ href, className, children }: { href: string | null; className?: string; children: ReactNode }) {
  if (!isHttpUrl(href)) return null;
  return (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="article-visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
