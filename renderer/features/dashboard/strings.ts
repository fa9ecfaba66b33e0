export const strings = {
  vi: {
    title: 'Tổng quan',
    year: 'Năm thống kê',
    kpi: {
      totalCells: 'Tổng số chi bộ',
      covered: 'Chi bộ có cán bộ đăng ký',
      coveredShare: '{{percent}} tổng số chi bộ',
      uncovered: 'Chi bộ chưa có ai đăng ký',
      crowded: 'Chi bộ có từ {{threshold}} người đăng ký trở lên',
      officialsRegistered: 'Số người đăng ký / tổng số cán bộ',
      registrations: '{{value}} lượt đăng ký trong năm',
    },
    chart: {
      title: 'Số chi bộ có / chưa có người đăng ký, theo loại hình tổ chức cơ sở đảng',
      covered: 'Có người đăng ký',
      uncovered: 'Chưa có người đăng ký',
      cells: 'Số chi bộ',
      empty: 'Chưa có chi bộ nào.',
    },
  },
  en: {
    title: 'Overview',
    year: 'Year shown',
    kpi: {
      totalCells: 'Party cells in total',
      covered: 'Cells with a registered official',
      coveredShare: '{{percent}} of all cells',
      uncovered: 'Cells nobody registered for',
      crowded: 'Cells with {{threshold}} or more registered people',
      officialsRegistered: 'People registered / officials in total',
      registrations: '{{value}} registrations this year',
    },
    chart: {
      title: 'Cells with / without a registered official, by type of grassroots organization',
      covered: 'Registered',
      uncovered: 'Nobody registered',
      cells: 'Cells',
      empty: 'There are no cells yet.',
    },
  },
} as const;
