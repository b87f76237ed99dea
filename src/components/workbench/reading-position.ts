import { startOnScroll } from '../../scripts/on-reach';

// The outline's mark and the breadcrumbs' heading follow the section being read once there is one:
// their parts load with the first scroll (section-parts.ts).
startOnScroll(() => import('./section-parts'));
