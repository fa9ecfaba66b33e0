/** The "print" part of the dashboard namespace (assembled in ../strings.ts as `print.*`). */
export const printStrings = {
  vi: {},
  en: {},
} as const;
