/** The "matrix" part of the dashboard namespace (assembled in ../strings.ts as `matrix.*`). */
export const matrixStrings = {
  vi: {},
  en: {},
} as const;
