export const strings = {
  vi: {
    title: 'Tổ chức cơ sở đảng & chi bộ',
    tabs: {
      orgs: 'Tổ chức cơ sở đảng ({{count}})',
      cells: 'Chi bộ ({{count}})',
    },
    kind: {
      dang_bo_co_so: 'Đảng bộ cơ sở',
      chi_bo_co_so: 'Chi bộ cơ sở',
    },
    orgColumns: {
      name: 'Tên tổ chức cơ sở đảng',
      type: 'Loại hình',
      kind: 'Hình thức',
      cellCount: 'Số chi bộ',
      memberCount: 'Số đảng viên',
      actions: 'Thao tác',
    },
    cellColumns: {
      name: 'Tên chi bộ',
      org: 'Thuộc tổ chức cơ sở đảng',
      type: 'Loại hình',
      memberCount: 'Số đảng viên',
      registrants: 'Số người đăng ký năm {{year}}',
      actions: 'Thao tác',
    },
    grid: {
      orgs: 'Danh sách tổ chức cơ sở đảng',
      cells: 'Danh sách chi bộ',
    },
    addOrg: 'Thêm tổ chức cơ sở đảng',
    addCell: 'Thêm chi bộ',
    orgDialog: {
      addTitle: 'Thêm tổ chức cơ sở đảng',
      editTitle: 'Sửa tổ chức cơ sở đảng',
      name: 'Tên tổ chức',
      type: 'Loại hình',
      kind: 'Hình thức',
      firstCellMembers: 'Số đảng viên',
      firstCellMembersHelp: 'Chi bộ cơ sở là một chi bộ: nhập số đảng viên của chi bộ.',
      dangBoHelp: 'Sau khi tạo, thêm các chi bộ trực thuộc ở thẻ “Chi bộ”.',
    },
    cellDialog: {
      addTitle: 'Thêm chi bộ trực thuộc',
      editTitle: 'Sửa chi bộ',
      org: 'Đảng bộ cơ sở',
      orgHelp: 'Chỉ đảng bộ cơ sở mới có chi bộ trực thuộc; chi bộ cơ sở tự là một chi bộ.',
      name: 'Tên chi bộ',
      memberCount: 'Số đảng viên',
    },
    deleteOrg: {
      title: 'Xóa tổ chức cơ sở đảng?',
      message:
        'Xóa {{name}} sẽ xóa {{cells}} chi bộ và {{registrations}} lượt đăng ký dự sinh hoạt của các chi bộ này. Nếu xóa nhầm, có thể hoàn tác trong Cài đặt → Nhật ký thao tác.',
      messageWithMeetings:
        'Xóa {{name}} sẽ xóa {{cells}} chi bộ, {{registrations}} lượt đăng ký dự sinh hoạt của các chi bộ này và {{meetings}} buổi sinh hoạt, {{recommendations}} kiến nghị đã ghi. Nếu xóa nhầm, có thể hoàn tác trong Cài đặt → Nhật ký thao tác.',
    },
    deleteCell: {
      title: 'Xóa chi bộ?',
      message: 'Xóa chi bộ {{name}} sẽ xóa {{registrations}} lượt đăng ký dự sinh hoạt của chi bộ này. Nếu xóa nhầm, có thể hoàn tác trong Cài đặt → Nhật ký thao tác.',
      messageWithMeetings:
        'Xóa chi bộ {{name}} sẽ xóa {{registrations}} lượt đăng ký dự sinh hoạt của chi bộ này và {{meetings}} buổi sinh hoạt, {{recommendations}} kiến nghị đã ghi. Nếu xóa nhầm, có thể hoàn tác trong Cài đặt → Nhật ký thao tác.',
      ownCell: 'Đây là chi bộ cơ sở: muốn xóa thì xóa tổ chức ở thẻ “Tổ chức cơ sở đảng”.',
    },
    noDangBo: 'Chưa có đảng bộ cơ sở nào để thêm chi bộ trực thuộc.',
  },
  en: {
    title: 'Grassroots Party organizations & cells',
    tabs: {
      orgs: 'Grassroots organizations ({{count}})',
      cells: 'Party cells ({{count}})',
    },
    kind: {
      dang_bo_co_so: 'Grassroots Party Committee',
      chi_bo_co_so: 'Grassroots Party cell',
    },
    orgColumns: {
      name: 'Grassroots organization',
      type: 'Type',
      kind: 'Kind',
      cellCount: 'Cells',
      memberCount: 'Party members',
      actions: 'Actions',
    },
    cellColumns: {
      name: 'Party cell',
      org: 'Grassroots organization',
      type: 'Type',
      memberCount: 'Party members',
      registrants: 'Registered people in {{year}}',
      actions: 'Actions',
    },
    grid: {
      orgs: 'Grassroots organizations',
      cells: 'Party cells',
    },
    addOrg: 'Add organization',
    addCell: 'Add cell',
    orgDialog: {
      addTitle: 'Add grassroots organization',
      editTitle: 'Edit grassroots organization',
      name: 'Name',
      type: 'Type',
      kind: 'Kind',
      firstCellMembers: 'Party members',
      firstCellMembersHelp: 'A grassroots Party cell is a single cell: enter its number of members.',
      dangBoHelp: 'After creating it, add its cells in the “Party cells” tab.',
    },
    cellDialog: {
      addTitle: 'Add Party cell',
      editTitle: 'Edit Party cell',
      org: 'Grassroots Party Committee',
      orgHelp: 'Only a grassroots Party Committee has cells under it; a grassroots Party cell is its own cell.',
      name: 'Cell name',
      memberCount: 'Party members',
    },
    deleteOrg: {
      title: 'Delete the organization?',
      message:
        'Deleting {{name}} also deletes its Party cells ({{cells}}) and their registrations to attend meetings ({{registrations}}). If it was a mistake, undo it in Settings → Activity log.',
      messageWithMeetings:
        'Deleting {{name}} also deletes its Party cells ({{cells}}), their registrations to attend meetings ({{registrations}}) and the {{meetings}} meetings and {{recommendations}} recommendations recorded for them. If it was a mistake, undo it in Settings → Activity log.',
    },
    deleteCell: {
      title: 'Delete the cell?',
      message: 'Deleting the cell {{name}} also deletes its registrations to attend meetings ({{registrations}}). If it was a mistake, undo it in Settings → Activity log.',
      messageWithMeetings:
        'Deleting the cell {{name}} also deletes its registrations to attend meetings ({{registrations}}) and the {{meetings}} meetings and {{recommendations}} recommendations recorded for them. If it was a mistake, undo it in Settings → Activity log.',
      ownCell: 'This is a grassroots Party cell: to delete it, delete the organization in the “Grassroots organizations” tab.',
    },
    noDangBo: 'There is no grassroots Party Committee to add a cell to yet.',
  },
} as const;
