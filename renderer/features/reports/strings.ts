export const strings = {
  vi: {
    title: 'Báo cáo',
    submission: {
      title: 'Gửi tỉnh',
      description:
        'Một tệp Excel gồm biểu tổng hợp và danh sách đăng ký của kỳ để người đọc, cùng trang dữ liệu (có mã kiểm tra SHA-256) để phần mềm của Ban Tổ chức Tỉnh ủy nhập và tổng hợp các huyện. Không sửa tệp sau khi xuất: tỉnh sẽ từ chối tệp đã bị sửa.',
      export: 'Xuất tệp gửi tỉnh',
    },
    period: {
      label: 'Kỳ báo cáo',
      year: 'Năm của kỳ báo cáo',
      date: 'Ngày báo cáo: {{date}}',
      export: 'Xuất Excel',
      print: 'In',
      plan: {
        title: 'Danh sách tổng hợp đăng ký dự sinh hoạt chi bộ',
        description:
          'Các đồng chí lãnh đạo tỉnh theo nhóm (Ủy viên Ban Thường vụ, Tỉnh ủy viên, lãnh đạo các ban xây dựng Đảng), chi bộ và thời gian dự kiến dự sinh hoạt trong kỳ; ghi rõ đồng chí chưa đăng ký.',
      },
      coverageSummary: {
        title: 'Biểu tổng hợp tình hình đăng ký và dự sinh hoạt chi bộ',
        description:
          'Theo loại hình và theo từng tổ chức cơ sở đảng: số chi bộ, có người đăng ký, chưa có, quá tải, buổi sinh hoạt theo lịch và đã dự; dòng tổng cộng bằng tổng các dòng.',
      },
      gaps: {
        title: 'Chi bộ chưa có người đăng ký, chi bộ quá tải, cán bộ chưa đăng ký',
        description: 'Ba biểu để Ban Tổ chức Tỉnh ủy điều chỉnh kế hoạch: nơi còn trống, nơi quá nhiều người, và người chưa đăng ký.',
      },
      results: {
        title: 'Báo cáo kết quả dự sinh hoạt chi bộ',
        description:
          'Buổi sinh hoạt theo lịch và đã dự theo quý, người của cơ sở cùng dự, kết quả theo từng đồng chí, kiến nghị, đề xuất đã tiếp nhận, cách xử lý và các kiến nghị quá hạn.',
      },
    },
    job: {
      cancel: 'Hủy',
      running: 'Đang tạo tệp Excel…',
      saved: 'Đã lưu: {{location}}',
      notSaved: 'Chưa lưu: đã đóng hộp chọn nơi lưu.',
      cancelled: 'Đã hủy tạo báo cáo.',
    },
    print: {
      back: 'Quay lại',
      now: 'In',
      previewLabel: 'Bản xem trước khi in',
      failed: 'Không lập được bản in: {{message}}',
    },
    calendar: {
      title: 'Lịch dự sinh hoạt chi bộ',
      description:
        'Thông báo lịch các đồng chí lãnh đạo tỉnh dự sinh hoạt chi bộ trong kỳ, theo thể thức văn bản của Đảng, khổ A4 ngang, để gửi các tổ chức cơ sở đảng. Gồm các cuộc đã có lịch, đã hoãn sang ngày mới và đã dự; không gồm các cuộc không dự được.',
      from: 'Từ ngày',
      to: 'Đến ngày',
      count: '{{value}} lượt dự sinh hoạt',
      invalidPeriod: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.',
      empty: 'Không có cuộc sinh hoạt nào trong thời gian này.',
      export: 'Xuất Excel',
    },
    uncovered: {
      title: 'Danh sách chi bộ chưa có cán bộ đăng ký dự sinh hoạt',
      description: 'Tệp Excel theo thể thức văn bản của Đảng, khổ A4, để gửi Ban Tổ chức Tỉnh ủy.',
      year: 'Năm báo cáo',
      date: 'Ngày báo cáo: {{date}}',
      count: '{{value}} chi bộ',
      export: 'Xuất Excel',
      previewLabel: 'Xem trước danh sách chi bộ chưa có cán bộ đăng ký năm {{year}}',
      allCovered: 'Mọi chi bộ đều đã có cán bộ đăng ký dự sinh hoạt.',
      columns: {
        index: 'STT',
        cell: 'Chi bộ',
        org: 'Tổ chức cơ sở đảng',
        type: 'Loại hình',
        members: 'Số đảng viên',
      },
    },
  },
  en: {
    title: 'Reports',
    submission: {
      title: 'Submission to the province',
      description:
        "One Excel file with the period's summary and registration plan for people to read, plus a data sheet (with a SHA-256 checksum) the Provincial Organization Board's app imports to consolidate the districts. Do not edit the file after export: the province refuses an edited file.",
      export: 'Export the submission',
    },
    period: {
      label: 'Report period',
      year: 'Year of the report period',
      date: 'Report date: {{date}}',
      export: 'Export to Excel',
      print: 'Print',
      plan: {
        title: 'Consolidated registration plan',
        description:
          'Provincial leaders by group (Standing Committee, committee members, Party-building committee leaders), with their cells and planned times in the period; those without a registration are marked.',
      },
      coverageSummary: {
        title: 'Coverage summary',
        description:
          'By type of grassroots organization and by organization: cells, with a registrant, without, crowded, meetings scheduled and held; the totals row equals the sum of the rows.',
      },
      gaps: {
        title: 'Uncovered cells, crowded cells, officials without registration',
        description: 'Three tables for the Organization Board to adjust the plan: the gaps, the crowding and who has not registered.',
      },
      results: {
        title: 'Results report',
        description:
          'Meetings scheduled and held by quarter, grassroots leaders attending, results per official, recommendations received, how they were handled, and overdue items.',
      },
    },
    job: {
      cancel: 'Cancel',
      running: 'Building the Excel file…',
      saved: 'Saved: {{location}}',
      notSaved: 'Not saved: the save dialog was closed.',
      cancelled: 'Report cancelled.',
    },
    print: {
      back: 'Back',
      now: 'Print',
      previewLabel: 'Print preview',
      failed: 'Could not lay out the report for printing: {{message}}',
    },
    calendar: {
      title: 'Calendar of Party cell meetings attended',
      description:
        'An announcement of which provincial leaders attend which cell meetings in the period, in the Party document format, A4 landscape, to send to the grassroots organizations. Lists scheduled, postponed (with their new date) and attended meetings; leaves out those not attended.',
      from: 'From',
      to: 'To',
      count: '{{value}} meeting attendances',
      invalidPeriod: 'The start date must not be after the end date.',
      empty: 'No meetings in this period.',
      export: 'Export to Excel',
    },
    uncovered: {
      title: 'Party cells no official has registered to attend',
      description: 'An Excel file in the Party document format, A4, to send to the Provincial Organization Board.',
      year: 'Report year',
      date: 'Report date: {{date}}',
      count: '{{value}} cells',
      export: 'Export to Excel',
      previewLabel: 'Preview of cells with no registered official in {{year}}',
      allCovered: 'Every cell has a registered official.',
      columns: {
        index: 'No.',
        cell: 'Party cell',
        org: 'Grassroots organization',
        type: 'Type',
        members: 'Party members',
      },
    },
  },
} as const;
