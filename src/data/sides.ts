/** Whose words a statement is: a government, an alliance (a joint statement has two). */
export const SIDES = ['us', 'nato', 'russia', 'romania', 'poland', 'turkey', 'spain', 'iran'] as const;
export type Side = (typeof SIDES)[number];
