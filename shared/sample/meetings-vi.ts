/** Texts for sample meetings and recommendations, as clerks and notices word them. */

export const REGULAR_AGENDAS = [
  'Đánh giá kết quả thực hiện nhiệm vụ tháng, triển khai nhiệm vụ tháng tới',
  'Kiểm điểm việc thực hiện nghị quyết chi bộ quý; bàn giải pháp phát triển kinh tế',
  'Sơ kết công tác quý, phương hướng nhiệm vụ quý tới',
  'Quán triệt nghị quyết cấp trên; bàn công tác phát triển đảng viên',
  'Đánh giá công tác xây dựng nông thôn mới, bảo đảm an ninh trật tự địa bàn',
] as const;

export const THEMATIC_AGENDAS = [
  'Chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Chuyên đề nâng cao chất lượng sinh hoạt chi bộ',
  'Chuyên đề chuyển đổi số trong công tác đảng',
  'Chuyên đề công tác dân vận, giải quyết kiến nghị của nhân dân',
] as const;

export const ABSENCE_REASONS = [
  'Đồng chí lãnh đạo đi công tác đột xuất',
  'Trùng lịch họp Ban Thường vụ Tỉnh ủy',
  'Chi bộ đổi lịch, không kịp báo',
  'Đồng chí lãnh đạo ốm',
] as const;

export const POSTPONE_REASONS = [
  'Trùng lịch công tác của đồng chí lãnh đạo',
  'Mưa bão, đường ngập',
  'Chi bộ đề nghị lùi để chuẩn bị nội dung',
  'Địa phương tổ chức lễ hội',
] as const;

export const RECOMMENDATIONS: readonly { content: string; field: string; addressedTo: string }[] = [
  { content: 'Đề nghị hỗ trợ kinh phí sửa chữa nhà văn hóa thôn', field: 'Văn hóa - Xã hội', addressedTo: 'Ủy ban nhân dân huyện' },
  { content: 'Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ', field: 'Đất đai', addressedTo: 'Ủy ban nhân dân huyện' },
  { content: 'Đề nghị nâng cấp tuyến đường liên thôn bị xuống cấp', field: 'Giao thông', addressedTo: 'Sở Giao thông vận tải' },
  { content: 'Đề nghị bổ sung biên chế giáo viên tiểu học', field: 'Giáo dục', addressedTo: 'Sở Giáo dục và Đào tạo' },
  { content: 'Đề nghị tăng cường bác sĩ cho trạm y tế xã', field: 'Y tế', addressedTo: 'Sở Y tế' },
  { content: 'Đề nghị hướng dẫn thủ tục chuyển sinh hoạt đảng trên ứng dụng', field: 'Xây dựng Đảng', addressedTo: 'Ban Tổ chức Tỉnh ủy' },
  { content: 'Đề nghị hỗ trợ giống cây trồng sau thiên tai', field: 'Nông nghiệp', addressedTo: 'Sở Nông nghiệp và Môi trường' },
  { content: 'Đề nghị xử lý ô nhiễm tại cụm công nghiệp', field: 'Môi trường', addressedTo: 'Sở Nông nghiệp và Môi trường' },
  { content: 'Đề nghị tăng phụ cấp cho bí thư chi bộ thôn', field: 'Xây dựng Đảng', addressedTo: 'Ban Tổ chức Tỉnh ủy' },
  { content: 'Đề nghị lắp đặt camera an ninh tại các tuyến đường', field: 'Quốc phòng - An ninh', addressedTo: 'Công an tỉnh' },
];

export const FORWARD_NOTES = ['Công văn chuyển đơn vị chức năng', 'Chuyển qua Văn phòng Huyện ủy', 'Phiếu chuyển kiến nghị'] as const;
export const ANSWERS = [
  'Đơn vị chức năng đã trả lời bằng văn bản',
  'Đã bố trí vào kế hoạch năm sau',
  'Đã giải thích chính sách hiện hành tại hội nghị',
] as const;
export const RESOLUTIONS = ['Đã thực hiện xong', 'Đã cấp kinh phí, công trình hoàn thành', 'Đã bố trí cán bộ'] as const;
export const CLOSE_REASONS = ['Không thuộc thẩm quyền, đã hướng dẫn người kiến nghị', 'Trùng với kiến nghị đã tiếp nhận'] as const;
