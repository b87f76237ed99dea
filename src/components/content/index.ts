import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Link from './Link.astro';

/** What MDX content may use without importing it. */
export const mdxComponents = { a: Link, Callout, Cite };
