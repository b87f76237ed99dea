/**
 * The units a dose is given in. A module of its own, like routes.ts, so the device store's
 * dosing-session records can check a dose's unit without the protocol schemas coming with it.
 */
export const doseUnits = ['mg', 'mg/kg'] as const;
