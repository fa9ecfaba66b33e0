export const strings = {
  vi: {
    title: 'Lịch sinh hoạt và kết quả',
  },
  en: {
    title: 'Meetings and results',
  },
} as const;
