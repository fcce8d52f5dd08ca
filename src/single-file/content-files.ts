// The content translations as text, inlined into the one-file briefing package.
export const INLINE_CONTENT = import.meta.glob<string>('../../geodata/i18n/*.json', { query: '?raw', import: 'default', eager: true });
