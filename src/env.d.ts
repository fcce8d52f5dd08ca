/** True only in the one-file briefing package (`npm run build:briefing`), where every asset is inlined. */
declare const __SINGLE_FILE__: boolean;

/** The colour table as CSS variables (build/palette-css.ts). */
declare module 'virtual:palette.css';
declare module 'virtual:dimmed.css';
/** Layout facts known from the shipped data, as CSS variables (build/layout-css.ts). */
declare module 'virtual:layout.css';
