/**
 * Word lists for sample data: real-looking Vietnamese names, places and posts, written
 * in the canonical tone style of normalizeText ("Hòa", "Thủy").
 */
import type { OfficialGroup } from '../domain/types';

export const FAMILY_NAMES = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ',
  'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Thái', 'Võ',
] as const;
export const MALE_MIDDLE = ['Văn', 'Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Ngọc', 'Xuân', 'Đình'] as const;
export const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Thanh', 'Ngọc', 'Minh', 'Thu'] as const;
export const MALE_GIVEN = [
  'An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hòa', 'Hùng', 'Long', 'Nam', 'Quân', 'Sơn', 'Tâm',
  'Trung', 'Tuấn', 'Vinh', 'Thắng', 'Hiếu', 'Khánh', 'Lâm', 'Phúc', 'Thành', 'Toàn', 'Việt',
] as const;
export const FEMALE_GIVEN = [
  'Hà', 'Lan', 'Mai', 'Phương', 'Thảo', 'Thủy', 'Yến', 'Hoa', 'Hương', 'Nga', 'Hằng',
  'Linh', 'Hạnh', 'Loan', 'Tâm', 'Hòa',
] as const;

/** First syllables of commune names; the second comes from COMMUNE_SECOND or the district. */
export const COMMUNE_FIRST = [
  'Hợp', 'Mã', 'Tiến', 'Lăng', 'Tân', 'Đức', 'Kim', 'Hậu', 'Mỹ', 'Đô', 'Bắc', 'Nam', 'Xuân',
  'Phúc', 'Hùng', 'Viên', 'Liên', 'Đồng', 'Sơn', 'Bảo', 'Văn', 'Trung', 'Công', 'Phú', 'Thọ',
  'Quang', 'Tây', 'Lý', 'Long', 'Vĩnh', 'Khánh', 'Hoa', 'Nhân', 'Tăng', 'Minh', 'Đại',
  'Hồng', 'Diễn', 'Hưng', 'Nghi', 'Thanh', 'Quỳnh', 'Ngọc', 'Yên', 'Cẩm', 'Châu', 'Lạc',
] as const;
export const COMMUNE_SECOND = [
  'Thành', 'Lâm', 'Hòa', 'Sơn', 'Tiến', 'Thịnh', 'Phúc', 'Lộc', 'Thọ', 'Minh', 'Quang',
  'Trung', 'Yên', 'Long', 'Vinh', 'Mỹ', 'Bình', 'An', 'Hưng', 'Phong', 'Châu', 'Thủy',
  'Xuân', 'Kỳ', 'Lĩnh', 'Hải', 'Đông', 'Tân', 'Hợp', 'Nghĩa',
] as const;

export const DISTRICT_NAMES = [
  'Yên Thành', 'Diễn Châu', 'Quỳnh Lưu', 'Đô Lương', 'Nghi Lộc', 'Hưng Nguyên', 'Nam Đàn',
  'Thanh Chương', 'Anh Sơn', 'Con Cuông', 'Tân Kỳ', 'Nghĩa Đàn', 'Quỳ Hợp', 'Quỳ Châu',
  'Quế Phong', 'Tương Dương', 'Kỳ Sơn',
] as const;

export const HAMLET_WORDS = ['thôn', 'xóm', 'xóm', 'bản'] as const;
export const HAMLET_NAMES = [
  'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ', 'Yên Lạc', 'Tân Thịnh', 'Phú Xuân',
  'Đồng Tâm', 'Quyết Tiến', 'Tiền Phong', 'Xuân Đình', 'Lạc Thiện', 'Hồng Kỳ', 'Bình Minh',
  'Đông Hòa', 'Thọ Lộc', 'Kim Chi',
] as const;
/** Cells a commune or town has besides its hamlets. */
export const COMMUNE_INSTITUTION_CELLS = [
  'Chi bộ Trường Mầm non', 'Chi bộ Trường Tiểu học', 'Chi bộ Trường THCS', 'Chi bộ Trạm Y tế',
  'Chi bộ Quân sự', 'Chi bộ Cơ quan',
] as const;

/** A post an official holds, the body it belongs to, and the field it leads. */
export interface Post {
  position: string;
  committee: string;
  field: string;
}

const post = (position: string, committee: string, field: string): Post => ({ position, committee, field });

/** One per district: a provincial committee counts the district secretaries among its members. */
const DISTRICT_SECRETARIES = DISTRICT_NAMES.slice(0, 12).map((d) =>
  post(`Bí thư Huyện ủy ${d}`, `Huyện ủy ${d}`, 'Xây dựng Đảng'),
);

export const POSTS: Record<OfficialGroup, readonly Post[]> = {
  standing: [
    post('Phó Bí thư Thường trực Tỉnh ủy', 'Tỉnh ủy', 'Xây dựng Đảng'),
    post('Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh', 'UBND tỉnh', 'Kinh tế'),
    post('Trưởng Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Xây dựng Đảng'),
    post('Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Kiểm tra, giám sát'),
    post('Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Tuyên giáo - Dân vận'),
    post('Trưởng Ban Nội chính Tỉnh ủy', 'Ban Nội chính Tỉnh ủy', 'Nội chính'),
    post('Chánh Văn phòng Tỉnh ủy', 'Văn phòng Tỉnh ủy', 'Xây dựng Đảng'),
    post('Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Quốc phòng - An ninh'),
    post('Giám đốc Công an tỉnh', 'Công an tỉnh', 'Quốc phòng - An ninh'),
    post('Phó Chủ tịch Thường trực UBND tỉnh', 'UBND tỉnh', 'Kinh tế'),
  ],
  member: [
    post('Giám đốc Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo', 'Giáo dục'),
    post('Giám đốc Sở Y tế', 'Sở Y tế', 'Y tế'),
    post('Giám đốc Sở Tài chính', 'Sở Tài chính', 'Kinh tế'),
    post('Giám đốc Sở Nông nghiệp và Môi trường', 'Sở Nông nghiệp và Môi trường', 'Nông nghiệp'),
    post('Giám đốc Sở Xây dựng', 'Sở Xây dựng', 'Kinh tế'),
    post('Giám đốc Sở Nội vụ', 'Sở Nội vụ', 'Xây dựng chính quyền'),
    post('Giám đốc Sở Công Thương', 'Sở Công Thương', 'Kinh tế'),
    post('Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch', 'Văn hóa - Xã hội'),
    post('Phó Chủ tịch UBND tỉnh', 'UBND tỉnh', 'Văn hóa - Xã hội'),
    post('Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh', 'Dân vận'),
    post('Chánh án Tòa án nhân dân tỉnh', 'Tòa án nhân dân tỉnh', 'Nội chính'),
    post('Viện trưởng Viện Kiểm sát nhân dân tỉnh', 'Viện Kiểm sát nhân dân tỉnh', 'Nội chính'),
    post('Phó Chủ tịch HĐND tỉnh', 'HĐND tỉnh', 'Xây dựng chính quyền'),
    post('Giám đốc Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ', 'Kinh tế'),
    post('Giám đốc Sở Tư pháp', 'Sở Tư pháp', 'Nội chính'),
    post('Chủ tịch Hội Nông dân tỉnh', 'Hội Nông dân tỉnh', 'Nông nghiệp'),
    post('Chủ tịch Hội Liên hiệp Phụ nữ tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh', 'Dân vận'),
    post('Chủ tịch Liên đoàn Lao động tỉnh', 'Liên đoàn Lao động tỉnh', 'Dân vận'),
    post('Bí thư Đảng ủy Khu Kinh tế tỉnh', 'Ban Quản lý Khu Kinh tế tỉnh', 'Kinh tế'),
    ...DISTRICT_SECRETARIES,
  ],
  board: [
    post('Phó Trưởng Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Xây dựng Đảng'),
    post('Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Tuyên giáo - Dân vận'),
    post('Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Kiểm tra, giám sát'),
    post('Phó Chánh Văn phòng Tỉnh ủy', 'Văn phòng Tỉnh ủy', 'Xây dựng Đảng'),
    post('Phó Trưởng Ban Nội chính Tỉnh ủy', 'Ban Nội chính Tỉnh ủy', 'Nội chính'),
  ],
  other: [
    post('Phó Giám đốc Sở Y tế', 'Sở Y tế', 'Y tế'),
    post('Phó Giám đốc Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo', 'Giáo dục'),
    post('Bí thư Tỉnh đoàn', 'Tỉnh đoàn', 'Thanh niên'),
  ],
};
