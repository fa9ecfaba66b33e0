/** Strings shared by every feature: app frame, buttons, validation and repository errors. */
export const strings = {
  vi: {
    appTitle: 'Theo dõi dự sinh hoạt chi bộ',
    loading: 'Đang tải…',
    period: {
      label: 'Kỳ',
      kind: { year: 'Năm', quarter: 'Quý', term: 'Cả nhiệm kỳ' },
      quarter: 'Quý',
      quarterName: { 1: 'Quý I', 2: 'Quý II', 3: 'Quý III', 4: 'Quý IV' },
    },
    nav: {
      label: 'Chức năng',
      dashboard: 'Tổng quan',
      organizations: 'Tổ chức cơ sở đảng & chi bộ',
      officials: 'Cán bộ đăng ký',
      registrations: 'Đăng ký dự sinh hoạt',
      meetings: 'Lịch sinh hoạt & kết quả',
      recommendations: 'Kiến nghị, đề xuất',
      import: 'Nhập từ Excel',
      synthesis: 'Tổng hợp',
      balance: 'Cân đối đăng ký',
      reports: 'Báo cáo',
      province: 'Tổng hợp toàn tỉnh',
      settings: 'Cài đặt',
    },
    appBar: {
      noCommittee: 'Chưa đặt tên cấp ủy',
      year: 'Năm',
      yearHint: 'Năm đang theo dõi',
    },
    actions: {
      save: 'Lưu',
      cancel: 'Hủy',
      delete: 'Xóa',
      add: 'Thêm',
      edit: 'Sửa',
      close: 'Đóng',
      search: 'Tìm kiếm',
      confirm: 'Đồng ý',
      back: 'Quay lại',
      print: 'In',
      export: 'Xuất Excel',
    },
    confirm: {
      title: 'Xác nhận',
      deleteTitle: 'Xóa dữ liệu',
      cannotUndo: 'Thao tác này không hoàn tác được.',
      unsavedChanges: 'Có thay đổi chưa lưu. Bỏ các thay đổi này?',
    },
    grid: {
      searchLabel: 'Tìm kiếm (gõ có dấu hoặc không dấu)',
      searchPlaceholder: 'vd: nguyen van an',
      rowCount: '{{shown}} / {{total}} dòng',
      clearSearch: 'Xóa nội dung tìm kiếm',
      noRows: 'Chưa có dữ liệu',
      noMatches: 'Không có dòng nào khớp với nội dung tìm kiếm',
      displayedRows: '{{from}}–{{to}} trong {{count}}',
      columnMenu: 'Menu của cột {{column}}',
    },
    validation: {
      required: 'Không được để trống',
      tooLong: 'Quá dài: tối đa 200 ký tự',
      noteTooLong: 'Ghi chú quá dài: tối đa 500 ký tự',
      symbolTooLong: 'Ký hiệu quá dài: tối đa 20 ký tự',
      wholeNumber: 'Phải là số nguyên',
      min: 'Phải từ 1 trở lên',
      memberCountMax: 'Số đảng viên tối đa 10.000',
      capacityMax: 'Tối đa 20 chi bộ mỗi năm',
      yearRange: 'Năm phải từ 2000 đến 2100',
      termOrder: 'Năm kết thúc không được trước năm bắt đầu',
      quartersUnique: 'Mỗi quý chỉ chọn một lần',
      invalidChoice: 'Lựa chọn không hợp lệ',
      tooManyRecipients: 'Tối đa 30 nơi nhận',
      maxRegistrantsRange: 'Phải là số nguyên từ 1 đến 20',
      minCellsRange: 'Phải là số nguyên từ 0 đến 20',
      longTextTooLong: 'Quá dài: tối đa 2.000 ký tự',
      noticeDaysRange: 'Phải là số nguyên từ 0 đến 60',
      dateRequired: 'Nhập ngày theo dạng dd/mm/yyyy',
      dateInvalid: 'Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy',
      timeRequired: 'Nhập giờ theo dạng HH:mm, ví dụ 07:30',
      timeInvalid: 'Giờ không hợp lệ: nhập theo dạng HH:mm, ví dụ 07:30',
      endBeforeStart: 'Giờ kết thúc phải sau giờ bắt đầu',
      hostRoleRequired: 'Chọn Bí thư hay Phó Bí thư trước khi đánh dấu đã xác nhận',
    },
    errors: {
      invalidInput: 'Dữ liệu nhập chưa hợp lệ ({{field}}): {{message}}',
      orgNotFound: 'Không tìm thấy tổ chức cơ sở đảng (có thể đã bị xóa)',
      cellNotFound: 'Không tìm thấy chi bộ (có thể đã bị xóa)',
      officialNotFound: 'Không tìm thấy cán bộ (có thể đã bị xóa)',
      registrationNotFound: 'Không tìm thấy đăng ký (có thể đã bị xóa)',
      chiBoCoSoHasOneCell:
        '"{{name}}" là chi bộ cơ sở: bản thân nó là chi bộ duy nhất, không thêm chi bộ trực thuộc được',
      chiBoCoSoHasManyCells:
        'Không chuyển "{{name}}" thành chi bộ cơ sở được vì đang có {{cells}} chi bộ trực thuộc. Chuyển bớt hoặc xóa các chi bộ đó trước',
      chiBoCoSoCellFixed: 'Chi bộ cơ sở "{{name}}" không chuyển sang tổ chức khác được',
      chiBoCoSoCellDelete: '"{{name}}" là chi bộ cơ sở: muốn xóa, hãy xóa tổ chức cơ sở đảng này',
      duplicateRegistration: '{{official}} đã đăng ký dự sinh hoạt tại {{cell}} trong thời gian này',
      importFile: 'Không nhập được tệp “{{file}}”: {{message}}',
      importEmptyFile: 'Tệp “{{file}}” rỗng (0 byte). Hãy chọn lại tệp Excel.',
      importLegacyFormat:
        'Tệp “{{file}}” là định dạng Excel cũ (.xls) hoặc đã đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu nếu có, rồi chọn Lưu thành (Save As) kiểu “Excel Workbook (.xlsx)” và nhập lại.',
      importUnreadable:
        'Không đọc được tệp “{{file}}”: đây không phải tệp Excel .xlsx hoặc tệp đã bị hỏng. Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi nhập lại.',
      importCommitFailed: 'Chưa nhập được: {{message}}. Dữ liệu vẫn giữ nguyên như trước khi nhập.',
      importDuplicateKey:
        'Chưa nhập được: có bản ghi trong tệp trùng mã với dữ liệu đã có (tệp này có thể đã được nhập rồi, hoặc dữ liệu vừa thay đổi sau khi kiểm tra). Hãy bấm "Kiểm tra" lại. Dữ liệu vẫn giữ nguyên như trước khi nhập.',
      storageFull:
        'Chưa lưu được vì ổ đĩa của máy đã đầy hoặc trình duyệt đã dùng hết dung lượng lưu trữ dành cho ứng dụng. Không có thay đổi nào được lưu, dữ liệu vẫn giữ nguyên như trước. Hãy giải phóng dung lượng ổ đĩa (xóa bớt tệp không cần thiết), hoặc sao lưu dữ liệu rồi xóa bớt dữ liệu cũ, sau đó thử lại.',
      unexpected: 'Có lỗi ngoài dự kiến: {{message}}',
      balanceNothingToApply: 'Chưa chọn đề xuất nào để chấp nhận',
      balanceRecordGone:
        'Không áp dụng được: có cán bộ hoặc chi bộ trong đề xuất đã bị xóa sau khi tính đề xuất. Chưa có thay đổi nào được lưu; hãy bấm "Đề xuất cân đối" để tính lại',
      balanceChanged:
        'Không áp dụng được: đăng ký của đồng chí {{official}} tại {{cell}} đã thay đổi sau khi tính đề xuất. Chưa có thay đổi nào được lưu; hãy bấm "Đề xuất cân đối" để tính lại',
      balanceDuplicate:
        'Không áp dụng được: đồng chí {{official}} đã đăng ký dự sinh hoạt tại {{cell}} trong thời gian này. Chưa có thay đổi nào được lưu; hãy bấm "Đề xuất cân đối" để tính lại',
      balanceNothingToUndo: 'Không có lần cân đối nào để hoàn tác',
      balanceUndoChanged:
        'Không hoàn tác được: đăng ký của đồng chí {{official}} tại {{cell}} đã được sửa hoặc xóa sau lần cân đối. Chưa có gì thay đổi; hãy điều chỉnh trực tiếp ở trang "Đăng ký dự sinh hoạt"',
      balanceUndoDuplicate:
        'Không hoàn tác được: đồng chí {{official}} đã có đăng ký khác tại {{cell}} trong thời gian này, trả đăng ký về đó sẽ bị trùng. Chưa có gì thay đổi',
      meeting: {
        notFound: 'Không tìm thấy buổi sinh hoạt (có thể đã bị xóa). Hãy tải lại danh sách lịch sinh hoạt',
        registrationNotFound:
          'Không tìm thấy đăng ký dự sinh hoạt của buổi này (có thể đã bị xóa). Hãy chọn lại cán bộ và chi bộ đã đăng ký',
        dateOutsideRegistration:
          'Ngày sinh hoạt {{date}} nằm ngoài thời gian đăng ký (năm {{years}}) của đồng chí {{official}} tại {{cell}}. Hãy sửa lại ngày, hoặc sửa thời gian đăng ký ở trang "Đăng ký dự sinh hoạt" trước',
        resultFixesDate:
          'Buổi sinh hoạt ngày {{date}} đã ghi kết quả nên không đổi được ngày hoặc đăng ký. Nếu ghi nhầm, hãy xóa kết quả trước rồi sửa',
        resultAlreadyRecorded:
          'Buổi sinh hoạt ngày {{date}} đã ghi kết quả. Nếu ghi nhầm, hãy xóa kết quả trước rồi ghi lại',
        postponeNotLater: 'Ngày hoãn đến ({{newDate}}) phải sau ngày sinh hoạt hiện tại ({{date}}). Hãy chọn ngày muộn hơn',
        resultInFuture:
          'Buổi sinh hoạt ngày {{date}} chưa diễn ra (hôm nay là {{today}}), nên chưa ghi "đã dự" hoặc "không dự" được. Nếu buổi sinh hoạt đổi ngày, hãy ghi "Hoãn" với ngày mới',
        noResultToClear: 'Buổi sinh hoạt ngày {{date}} chưa có kết quả nào để xóa',
        clearHasRecommendations:
          'Không xóa được kết quả buổi sinh hoạt ngày {{date}} vì đã có {{count}} kiến nghị nêu tại buổi này. Hãy xóa các kiến nghị đó trước',
        registrationPartyFixed:
          'Đăng ký của đồng chí {{official}} tại {{cell}} đã có {{count}} buổi sinh hoạt nên không đổi được cán bộ hoặc chi bộ. Hãy tạo đăng ký mới cho cán bộ, chi bộ khác',
        registrationPeriodExcludesMeeting:
          'Không đổi được thời gian đăng ký của đồng chí {{official}} tại {{cell}}: {{count}} buổi sinh hoạt (sớm nhất ngày {{date}}) sẽ nằm ngoài thời gian mới (năm {{years}}). Hãy giữ thời gian có các buổi sinh hoạt đó, hoặc xóa các buổi đó trước',
        balanceMoveHasMeetings:
          'Không áp dụng được: đăng ký của đồng chí {{official}} tại {{cell}} đã có {{meetings}} buổi sinh hoạt nên không chuyển sang chi bộ khác được. Chưa có thay đổi nào được lưu; hãy bấm "Đề xuất cân đối" để tính lại',
        balanceUndoHasMeetings:
          'Không hoàn tác được: đăng ký của đồng chí {{official}} tại {{cell}} đã có {{meetings}} buổi sinh hoạt sau lần cân đối. Chưa có gì thay đổi; hãy điều chỉnh trực tiếp ở trang "Đăng ký dự sinh hoạt"',
      },
      recommendation: {
        notFound: 'Không tìm thấy kiến nghị (có thể đã bị xóa). Hãy tải lại danh sách kiến nghị',
        meetingNotFound: 'Không tìm thấy buổi sinh hoạt của kiến nghị (có thể đã bị xóa). Hãy chọn lại buổi sinh hoạt',
        meetingNotHeld:
          'Buổi sinh hoạt ngày {{date}} chưa được ghi là "đã dự" nên chưa ghi kiến nghị được. Hãy ghi kết quả buổi sinh hoạt trước',
        dueBeforeRaised: 'Hạn trả lời {{dueDate}} sớm hơn ngày nêu kiến nghị ({{date}}). Hãy chọn hạn từ ngày {{date}} trở đi',
        meetingFixed:
          'Kiến nghị đã gắn với buổi sinh hoạt nơi nêu ra nên không chuyển sang buổi khác được. Nếu nhập nhầm, hãy xóa và ghi lại ở đúng buổi',
      },
      recommendationFlow: {
        finalStatus: 'Kiến nghị đã giải quyết/đóng, không chuyển tiếp được. Nếu ghi nhầm, hãy hoàn tác bước cuối',
        notForward:
          'Không chuyển kiến nghị ngược về bước trước hoặc lặp lại bước hiện tại được. Nếu ghi nhầm, hãy hoàn tác bước cuối',
        dateInvalid: 'Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy',
        dateInFuture: 'Ngày không được sau hôm nay',
        dateBeforePrevious: 'Ngày của bước này không được trước ngày {{date}} của bước trước',
        skipForwarded: 'Bỏ qua bước “Đã chuyển” thì phải ghi lý do',
        skipAnswered: 'Bỏ qua bước “Đã trả lời” thì phải ghi lý do',
        skipForwardedAndAnswered: 'Bỏ qua các bước “Đã chuyển” và “Đã trả lời” thì phải ghi lý do',
        answerNeedsNote: 'Ghi nội dung trả lời',
        closeNeedsReason: 'Ghi lý do đóng không xử lý',
        cannotUndoFirst:
          'Không hoàn tác được bước “Mới tiếp nhận”: đây là bước đầu tiên, ghi ngày kiến nghị được nêu. Nếu kiến nghị nhập nhầm, hãy xóa kiến nghị',
      },
    },
  },
  en: {
    appTitle: 'Party cell meeting attendance',
    loading: 'Loading…',
    period: {
      label: 'Period',
      kind: { year: 'Year', quarter: 'Quarter', term: 'Whole term' },
      quarter: 'Quarter',
      quarterName: { 1: 'Quarter I', 2: 'Quarter II', 3: 'Quarter III', 4: 'Quarter IV' },
    },
    nav: {
      label: 'Sections',
      dashboard: 'Overview',
      organizations: 'Grassroots organizations & cells',
      officials: 'Registering officials',
      registrations: 'Attendance registrations',
      meetings: 'Meetings & results',
      recommendations: 'Recommendations',
      import: 'Import from Excel',
      synthesis: 'Synthesis',
      balance: 'Balance registrations',
      reports: 'Reports',
      province: 'Province summary',
      settings: 'Settings',
    },
    appBar: {
      noCommittee: 'Committee name not set',
      year: 'Year',
      yearHint: 'Year being tracked',
    },
    actions: {
      save: 'Save',
      cancel: 'Cancel',
      delete: 'Delete',
      add: 'Add',
      edit: 'Edit',
      close: 'Close',
      search: 'Search',
      confirm: 'OK',
      back: 'Back',
      print: 'Print',
      export: 'Export to Excel',
    },
    confirm: {
      title: 'Confirm',
      deleteTitle: 'Delete data',
      cannotUndo: 'This cannot be undone.',
      unsavedChanges: 'There are unsaved changes. Discard them?',
    },
    grid: {
      searchLabel: 'Search (with or without diacritics)',
      searchPlaceholder: 'e.g. nguyen van an',
      rowCount: '{{shown}} / {{total}} rows',
      clearSearch: 'Clear search',
      noRows: 'No data yet',
      noMatches: 'No rows match the search',
      displayedRows: '{{from}}–{{to}} of {{count}}',
      columnMenu: '{{column}} column menu',
    },
    validation: {
      required: 'Required',
      tooLong: 'Too long: at most 200 characters',
      noteTooLong: 'Note too long: at most 500 characters',
      symbolTooLong: 'Symbol too long: at most 20 characters',
      wholeNumber: 'Must be a whole number',
      min: 'Must be 1 or more',
      memberCountMax: 'At most 10,000 Party members',
      capacityMax: 'At most 20 cells a year',
      yearRange: 'Year must be between 2000 and 2100',
      termOrder: 'The end year cannot be before the start year',
      quartersUnique: 'Choose each quarter once',
      invalidChoice: 'Invalid choice',
      tooManyRecipients: 'At most 30 recipients',
      maxRegistrantsRange: 'Must be a whole number from 1 to 20',
      minCellsRange: 'Must be a whole number from 0 to 20',
      longTextTooLong: 'Too long: at most 2,000 characters',
      noticeDaysRange: 'Must be a whole number from 0 to 60',
      dateRequired: 'Enter a date as dd/mm/yyyy',
      dateInvalid: 'Invalid date: enter it as dd/mm/yyyy',
      timeRequired: 'Enter a time as HH:mm, e.g. 07:30',
      timeInvalid: 'Invalid time: enter it as HH:mm, e.g. 07:30',
      endBeforeStart: 'The end time must be after the start time',
      hostRoleRequired: 'Choose Secretary or Deputy Secretary before marking it confirmed',
    },
    errors: {
      invalidInput: 'Invalid input ({{field}}): {{message}}',
      orgNotFound: 'Grassroots organization not found (it may have been deleted)',
      cellNotFound: 'Party cell not found (it may have been deleted)',
      officialNotFound: 'Official not found (they may have been deleted)',
      registrationNotFound: 'Registration not found (it may have been deleted)',
      chiBoCoSoHasOneCell:
        '"{{name}}" is a grassroots Party cell: it is its own single cell and cannot have cells under it',
      chiBoCoSoHasManyCells:
        '"{{name}}" cannot become a grassroots Party cell while it has {{cells}} cells. Move or delete those cells first',
      chiBoCoSoCellFixed: 'The grassroots Party cell "{{name}}" cannot move to another organization',
      chiBoCoSoCellDelete: '"{{name}}" is a grassroots Party cell: delete the organization instead',
      duplicateRegistration: '{{official}} is already registered to attend {{cell}} in this period',
      importFile: 'Could not import “{{file}}”: {{message}}',
      importEmptyFile: 'The file “{{file}}” is empty (0 bytes). Choose the Excel file again.',
      importLegacyFormat:
        'The file “{{file}}” is in the old Excel format (.xls) or password-protected. Open it in Excel, remove any password, Save As “Excel Workbook (.xlsx)” and import it again.',
      importUnreadable:
        'Could not read “{{file}}”: it is not an Excel .xlsx file or it is damaged. Open it in Excel, save it as .xlsx and import it again.',
      importCommitFailed: 'Nothing was imported: {{message}}. The data is exactly as it was before.',
      importDuplicateKey:
        'Nothing was imported: a record in the file has the same id as one already stored (the file may have been imported already, or the data changed after the check). Run "Check" again. The data is exactly as it was before.',
      storageFull:
        'Not saved: the disk of this computer is full, or the browser has used up the storage space it allows this app. Nothing was saved; the data is exactly as it was before. Free some disk space (delete files you no longer need), or back up the data and delete old data, then try again.',
      unexpected: 'Unexpected error: {{message}}',
      balanceNothingToApply: 'No suggestion selected to accept',
      balanceRecordGone:
        'Not applied: an official or a cell in the suggestions was deleted after they were computed. Nothing was saved; press "Suggest balancing" to compute again',
      balanceChanged:
        'Not applied: the registration of {{official}} at {{cell}} changed after the suggestions were computed. Nothing was saved; press "Suggest balancing" to compute again',
      balanceDuplicate:
        'Not applied: {{official}} is already registered to attend {{cell}} in this period. Nothing was saved; press "Suggest balancing" to compute again',
      balanceNothingToUndo: 'There is no balancing to undo',
      balanceUndoChanged:
        'Cannot undo: the registration of {{official}} at {{cell}} was edited or deleted after the balancing. Nothing changed; adjust it directly on the "Attendance registrations" page',
      balanceUndoDuplicate:
        'Cannot undo: {{official}} already has another registration at {{cell}} in this period; moving it back would duplicate it. Nothing changed',
      meeting: {
        notFound: 'Meeting not found (it may have been deleted). Reload the meeting list',
        registrationNotFound:
          'The registration this meeting belongs to was not found (it may have been deleted). Choose the registered official and cell again',
        dateOutsideRegistration:
          'The meeting date {{date}} is outside the registration period ({{years}}) of {{official}} at {{cell}}. Correct the date, or change the registration period on the "Attendance registrations" page first',
        resultFixesDate:
          'The meeting of {{date}} already has a result, so its date and registration cannot change. If the result was a mistake, clear it first and then edit',
        resultAlreadyRecorded:
          'The meeting of {{date}} already has a result. If it was a mistake, clear the result first and record it again',
        postponeNotLater: 'The new date ({{newDate}}) must be after the current meeting date ({{date}}). Choose a later date',
        resultInFuture:
          'The meeting of {{date}} has not taken place yet (today is {{today}}), so it cannot be recorded as attended or not attended. If it moved, record it as postponed with the new date',
        noResultToClear: 'The meeting of {{date}} has no result to clear',
        clearHasRecommendations:
          'Cannot clear the result of the meeting of {{date}}: {{count}} recommendations were raised at it. Delete those recommendations first',
        registrationPartyFixed:
          'The registration of {{official}} at {{cell}} has {{count}} meetings, so its official and cell cannot change. Create a new registration for the other official or cell instead',
        registrationPeriodExcludesMeeting:
          'Cannot change the period of the registration of {{official}} at {{cell}}: {{count}} meetings (the first on {{date}}) would fall outside the new period ({{years}}). Keep a period that includes those meetings, or delete them first',
        balanceMoveHasMeetings:
          'Not applied: the registration of {{official}} at {{cell}} has {{meetings}} meetings, so it cannot move to another cell. Nothing was saved; press "Suggest balancing" to compute again',
        balanceUndoHasMeetings:
          'Cannot undo: the registration of {{official}} at {{cell}} got {{meetings}} meetings after the balancing. Nothing changed; adjust it directly on the "Attendance registrations" page',
      },
      recommendation: {
        notFound: 'Recommendation not found (it may have been deleted). Reload the recommendation list',
        meetingNotFound: 'The meeting of this recommendation was not found (it may have been deleted). Choose the meeting again',
        meetingNotHeld:
          'The meeting of {{date}} is not recorded as attended, so no recommendation can be recorded for it yet. Record the meeting result first',
        dueBeforeRaised: 'The due date {{dueDate}} is before the day it was raised ({{date}}). Choose {{date}} or later',
        meetingFixed:
          'A recommendation stays with the meeting where it was raised. If it was entered at the wrong meeting, delete it and record it at the right one',
      },
      recommendationFlow: {
        finalStatus: 'The recommendation is resolved or closed and cannot move on. If that was a mistake, undo the last step',
        notForward:
          'A recommendation cannot go back to an earlier step or repeat the current one. If a step was a mistake, undo it',
        dateInvalid: 'Invalid date: enter it as dd/mm/yyyy',
        dateInFuture: 'The date cannot be after today',
        dateBeforePrevious: 'The date of this step cannot be before {{date}}, the date of the previous step',
        skipForwarded: 'Give a reason for skipping the “Forwarded” step',
        skipAnswered: 'Give a reason for skipping the “Answered” step',
        skipForwardedAndAnswered: 'Give a reason for skipping the “Forwarded” and “Answered” steps',
        answerNeedsNote: 'Enter the response',
        closeNeedsReason: 'Enter why it is closed without action',
        cannotUndoFirst:
          'The first step, “New”, records when the recommendation was raised and cannot be undone. If the recommendation was entered by mistake, delete it',
      },
    },
  },
} as const;
