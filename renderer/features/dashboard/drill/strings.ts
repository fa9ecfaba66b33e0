/** The "drill" part of the dashboard namespace (assembled in ../strings.ts as `drill.*`). */
export const drillStrings = {
  vi: {},
  en: {},
} as const;
