/** The "charts" part of the dashboard namespace (assembled in ../strings.ts as `charts.*`). */
export const chartsStrings = {
  vi: {},
  en: {},
} as const;
