/** The international mile, exactly (1959 agreement). */
export const KM_PER_MILE = 1.609344;
