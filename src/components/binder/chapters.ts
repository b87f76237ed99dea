import { sharedRender } from '../../lib/shared-render';

/**
 * Each phase's chapter is printed twice, by the phase's binder and by the whole manual's: rendered
 * once, it saves rendering every protocol a second time (a second of a 1,000-page build).
 */
export const PAGES_PRINTING_A_CHAPTER = 2;
export const binderChapter = sharedRender();
