export const strings = {
  vi: {
    title: 'Kiến nghị, đề xuất',
  },
  en: {
    title: 'Recommendations and proposals',
  },
} as const;
