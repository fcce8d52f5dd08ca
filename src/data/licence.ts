/** The licence of the map's own data and texts (the statements are quotations, not ours to license). */
export const DATA_LICENCE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
