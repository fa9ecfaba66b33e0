export const strings = {
  vi: {
    title: 'Chào mừng đến với ứng dụng Theo dõi dự sinh hoạt chi bộ',
    intro:
      'Ứng dụng giúp tổng hợp kế hoạch đăng ký dự sinh hoạt chi bộ của cán bộ lãnh đạo tỉnh, phát hiện chi bộ chưa có ai đăng ký và xuất báo cáo. Dữ liệu chỉ lưu trên máy này.',
    sample: {
      title: 'Tải dữ liệu mẫu',
      description:
        'Một đơn vị cấp huyện giả định, có sẵn tổ chức cơ sở đảng, chi bộ, cán bộ và đăng ký, để dùng thử mọi chức năng. Có thể xóa trong Cài đặt.',
      button: 'Tải dữ liệu mẫu',
      loading: 'Đang tạo dữ liệu mẫu…',
    },
    start: {
      title: 'Bắt đầu',
      description: 'Nhập thông tin cấp ủy của đơn vị, sau đó thêm tổ chức cơ sở đảng, chi bộ và cán bộ đăng ký.',
      button: 'Bắt đầu với dữ liệu trống',
      formTitle: 'Thông tin cấp ủy',
      submit: 'Lưu và bắt đầu',
      later: 'Các thông tin khác (người ký, nơi nhận, nhiệm kỳ) sửa sau trong Cài đặt.',
    },
    failed: 'Không thực hiện được: {{message}}',
  },
  en: {
    title: 'Welcome to Party cell meeting attendance',
    intro:
      "This app synthesizes provincial leaders' registrations to attend Party cell meetings, finds cells nobody covers and exports reports. Data stays on this machine only.",
    sample: {
      title: 'Load sample data',
      description:
        'A made-up district with grassroots organizations, cells, officials and registrations, to try every feature. You can delete it in Settings.',
      button: 'Load sample data',
      loading: 'Generating sample data…',
    },
    start: {
      title: 'Start',
      description: "Enter your committee's details, then add grassroots organizations, cells and registering officials.",
      button: 'Start with empty data',
      formTitle: 'Committee details',
      submit: 'Save and start',
      later: 'Other details (signer, recipients, term) can be changed later in Settings.',
    },
    failed: 'Could not complete: {{message}}',
  },
} as const;
