/**
 * What each downloadable template holds: its columns (headers the importer maps without
 * help), the dropdown choices, and the instructions sheet's text. The choices are the
 * words the importer reads back: the tests parse every one of them.
 */
import { HOST_ROLE_LABEL_VI, MEETING_TYPE_LABEL_VI, OFFICIAL_GROUP_LABEL_VI, ORG_TYPE_LABEL_VI } from '../domain/labels-vi';
import { HOST_ROLES, MEETING_TYPES } from '../domain/meetings';
import { ORG_TYPES } from '../domain/org-types';
import { OFFICIAL_GROUPS } from '../domain/types';
import type { ImportField, ImportKind } from './types';

export interface TemplateColumn {
  field: ImportField;
  title: string;
  /** Excel column width, in characters. */
  width: number;
  align: 'left' | 'center';
  /** A dropdown list; `strict` refuses other values, otherwise Excel only offers the list. */
  choices?: { values: readonly string[]; strict: boolean; prompt: string };
  /** How to fill the column, for the instructions sheet. */
  guide: string;
}

export interface TemplateSpec {
  sheetName: string;
  /** Upper case, centred under the header block. */
  documentType: string;
  summary: string;
  columns: TemplateColumn[];
  /** Instructions specific to this kind, after the general ones. */
  notes: string[];
}

export const ORG_TYPE_CHOICES: readonly string[] = ORG_TYPES.map((t) => ORG_TYPE_LABEL_VI[t]);
export const OFFICIAL_GROUP_CHOICES: readonly string[] = OFFICIAL_GROUPS.map((g) => OFFICIAL_GROUP_LABEL_VI[g]);
export const MEETING_TYPE_CHOICES: readonly string[] = MEETING_TYPES.map((t) => MEETING_TYPE_LABEL_VI[t]);
export const HOST_ROLE_CHOICES: readonly string[] = HOST_ROLES.map((r) => HOST_ROLE_LABEL_VI[r]);
/** What the "đã xác nhận" column offers; empty means not yet. */
export const CONFIRMED_CHOICES: readonly string[] = ['Đã xác nhận', 'Chưa xác nhận'];
/** The plan times offered; the column also takes "Quý I, III", "Tháng 3, 9" or a date. */
export const TIME_CHOICES: readonly string[] = [
  'Quý I',
  'Quý II',
  'Quý III',
  'Quý IV',
  'Hằng quý',
  '6 tháng đầu năm',
  '6 tháng cuối năm',
  'Cả năm',
  'Cả nhiệm kỳ',
];

const STT: TemplateColumn = { field: 'stt', title: 'STT', width: 6, align: 'center', guide: 'số thứ tự, có thể để trống hoặc đánh lại từ 1 ở mỗi phần.' };
const NAME_GUIDE = 'họ và tên đầy đủ, có dấu (không cần ghi “Đ/c”).';
const POSITION_GUIDE = 'chức vụ như trong danh sách cán bộ, ví dụ “Tỉnh ủy viên, Giám đốc Sở Y tế”.';

const DIRECTORY: TemplateSpec = {
  sheetName: 'Danh mục TCCSĐ',
  documentType: 'DANH SÁCH',
  summary: 'Tổ chức cơ sở đảng và chi bộ trực thuộc',
  columns: [
    STT,
    { field: 'org', title: 'Tổ chức cơ sở đảng', width: 36, align: 'left', guide: 'tên đảng bộ cơ sở hoặc chi bộ cơ sở, ghi ở mọi dòng, ví dụ “Đảng bộ xã Hoa Thành”.' },
    { field: 'cell', title: 'Chi bộ trực thuộc', width: 32, align: 'left', guide: 'tên chi bộ trực thuộc đảng bộ cơ sở, ví dụ “Chi bộ thôn 1”; để trống nếu dòng là một chi bộ cơ sở.' },
    {
      field: 'orgType',
      title: 'Loại hình',
      width: 24,
      align: 'left',
      choices: { values: ORG_TYPE_CHOICES, strict: true, prompt: 'Chọn loại hình tổ chức cơ sở đảng trong danh sách.' },
      guide: `loại hình tổ chức cơ sở đảng, chọn trong danh sách: ${ORG_TYPE_CHOICES.join(', ')}.`,
    },
    { field: 'members', title: 'Số đảng viên', width: 12, align: 'center', guide: 'số đảng viên của chi bộ (số nguyên, không ghi chữ).' },
  ],
  notes: [
    'Đảng bộ cơ sở: mỗi chi bộ trực thuộc một dòng, cột “Tổ chức cơ sở đảng” ghi tên đảng bộ ở mọi dòng.',
    'Chi bộ cơ sở: một dòng, ghi tên ở cột “Tổ chức cơ sở đảng”, để trống cột “Chi bộ trực thuộc”.',
  ],
};

const OFFICIALS: TemplateSpec = {
  sheetName: 'Cán bộ',
  documentType: 'DANH SÁCH',
  summary: 'Cán bộ lãnh đạo tỉnh đăng ký dự sinh hoạt chi bộ',
  columns: [
    STT,
    { field: 'name', title: 'Họ và tên', width: 24, align: 'left', guide: NAME_GUIDE },
    { field: 'position', title: 'Chức vụ', width: 32, align: 'left', guide: POSITION_GUIDE },
    {
      field: 'group',
      title: 'Nhóm đối tượng',
      width: 26,
      align: 'left',
      choices: { values: OFFICIAL_GROUP_CHOICES, strict: true, prompt: 'Chọn nhóm cán bộ trong danh sách.' },
      guide: `nhóm cán bộ, chọn trong danh sách: ${OFFICIAL_GROUP_CHOICES.join('; ')}.`,
    },
    { field: 'committee', title: 'Đơn vị công tác', width: 24, align: 'left', guide: 'cơ quan, đơn vị nơi đồng chí công tác.' },
    { field: 'area', title: 'Địa bàn phụ trách', width: 20, align: 'left', guide: 'địa bàn phụ trách (huyện, xã…); để trống nếu không phân công.' },
    { field: 'field', title: 'Lĩnh vực phụ trách', width: 20, align: 'left', guide: 'lĩnh vực phụ trách; để trống nếu không phân công.' },
    { field: 'capacity', title: 'Số chi bộ dự tối đa trong năm', width: 14, align: 'center', guide: 'số chi bộ đồng chí có thể dự sinh hoạt trong một năm (số nguyên; để trống thì tính là 2).' },
  ],
  notes: ['Mỗi đồng chí một dòng; nếu phụ trách nhiều địa bàn, ghi các địa bàn trong cùng một ô, cách nhau bằng dấu chấm phẩy.'],
};

const REGISTRATIONS: TemplateSpec = {
  sheetName: 'Đăng ký',
  documentType: 'DANH SÁCH',
  summary: 'Cán bộ lãnh đạo tỉnh đăng ký dự sinh hoạt chi bộ',
  columns: [
    STT,
    { field: 'official', title: 'Họ và tên', width: 24, align: 'left', guide: NAME_GUIDE },
    { field: 'position', title: 'Chức vụ', width: 28, align: 'left', guide: POSITION_GUIDE },
    { field: 'org', title: 'Tổ chức cơ sở đảng', width: 28, align: 'left', guide: 'đảng bộ cơ sở hoặc chi bộ cơ sở có chi bộ đăng ký dự, ví dụ “Đảng bộ xã Hoa Thành”.' },
    { field: 'cell', title: 'Chi bộ', width: 26, align: 'left', guide: 'chi bộ đăng ký dự sinh hoạt, ví dụ “Chi bộ thôn 1”; với chi bộ cơ sở, ghi lại tên chi bộ cơ sở.' },
    {
      field: 'time',
      title: 'Thời gian dự kiến',
      width: 18,
      align: 'center',
      choices: { values: TIME_CHOICES, strict: false, prompt: 'Chọn trong danh sách hoặc ghi “Quý I, III”, “Tháng 3, 9”, “15/3/2025”.' },
      guide: `thời gian dự kiến: chọn ${TIME_CHOICES.map((t) => `“${t}”`).join(', ')}; hoặc ghi “Quý I, III”, “Tháng 3, 9”, một ngày dạng ngày/tháng/năm (15/3/2025).`,
    },
    { field: 'note', title: 'Ghi chú', width: 20, align: 'left', guide: 'ghi chú nếu có.' },
  ],
  notes: [
    'Mỗi chi bộ đăng ký một dòng; một đồng chí đăng ký nhiều chi bộ thì ghi nhiều dòng (có thể gộp ô họ tên, chức vụ).',
    'Có thể chia danh sách thành các phần theo nhóm cán bộ, mỗi phần một dòng tiêu đề như “I. ỦY VIÊN BAN THƯỜNG VỤ TỈNH ỦY”, “II. TỈNH ỦY VIÊN”.',
    'Nhập danh mục tổ chức cơ sở đảng và chi bộ trước, để mỗi dòng tìm được đúng chi bộ.',
  ],
};

const MEETINGS: TemplateSpec = {
  sheetName: 'Lịch sinh hoạt',
  documentType: 'DANH SÁCH',
  summary: 'Lịch sinh hoạt chi bộ có cán bộ lãnh đạo tỉnh dự',
  columns: [
    STT,
    { field: 'official', title: 'Họ tên đồng chí dự', width: 22, align: 'left', guide: 'họ tên đồng chí cán bộ tỉnh dự sinh hoạt, như trong danh sách cán bộ (không cần ghi “Đ/c”).' },
    { field: 'org', title: 'Tổ chức cơ sở đảng', width: 24, align: 'left', guide: 'đảng bộ cơ sở hoặc chi bộ cơ sở, ví dụ “Đảng bộ xã Hoa Thành”.' },
    { field: 'cell', title: 'Chi bộ', width: 22, align: 'left', guide: 'chi bộ sinh hoạt, ví dụ “Chi bộ thôn 1”; đồng chí phải đã đăng ký dự sinh hoạt ở chi bộ này trong năm.' },
    { field: 'date', title: 'Ngày sinh hoạt', width: 13, align: 'center', guide: 'ngày/tháng/năm, ví dụ 05/3/2026 (ô kiểu ngày của Excel cũng được).' },
    { field: 'startTime', title: 'Giờ bắt đầu', width: 11, align: 'center', guide: 'giờ bắt đầu, ví dụ 7h30, 07:30 hoặc 14h; có giờ kết thúc thì ghi 7h30–10h00.' },
    { field: 'place', title: 'Địa điểm', width: 20, align: 'left', guide: 'nơi sinh hoạt, ví dụ “Nhà văn hóa thôn 1”.' },
    {
      field: 'meetingType',
      title: 'Hình thức',
      width: 12,
      align: 'center',
      choices: { values: MEETING_TYPE_CHOICES, strict: true, prompt: 'Chọn Thường kỳ hoặc Chuyên đề.' },
      guide: `chọn ${MEETING_TYPE_CHOICES.map((c) => `“${c}”`).join(' hoặc ')}; để trống được hiểu là thường kỳ.`,
    },
    { field: 'agenda', title: 'Nội dung, chương trình dự kiến', width: 32, align: 'left', guide: 'nội dung, chương trình dự kiến; có thể xuống dòng trong ô (Alt+Enter).' },
    {
      field: 'host',
      title: 'Đồng chí Bí thư/Phó Bí thư dự',
      width: 18,
      align: 'left',
      choices: { values: HOST_ROLE_CHOICES, strict: false, prompt: 'Chọn Bí thư hoặc Phó Bí thư, hoặc ghi kèm họ tên: “đ/c Lê Văn B - Bí thư”.' },
      guide: `${HOST_ROLE_CHOICES.map((c) => `“${c}”`).join(' hoặc ')} cơ sở dự cùng, có thể kèm họ tên, ví dụ “đ/c Lê Văn B - Bí thư”; để trống nếu chưa rõ.`,
    },
    {
      field: 'confirmed',
      title: 'Đã xác nhận',
      width: 12,
      align: 'center',
      choices: { values: CONFIRMED_CHOICES, strict: false, prompt: 'Chọn “Đã xác nhận” (hoặc ghi “x”) khi cơ sở đã xác nhận người dự cùng.' },
      guide: 'ghi “x” hoặc chọn “Đã xác nhận” khi cơ sở đã xác nhận đồng chí Bí thư/Phó Bí thư dự; để trống nếu chưa.',
    },
    { field: 'noticeDate', title: 'Ngày nhận thông báo', width: 13, align: 'center', guide: 'ngày Huyện ủy nhận thông báo của cơ sở; để trống được hiểu là ngày nhập.' },
    { field: 'note', title: 'Ghi chú', width: 16, align: 'left', guide: 'ghi chú nếu có (được ghi vào cuối phần nội dung).' },
  ],
  notes: [
    'Mỗi buổi sinh hoạt một dòng. Đồng chí dự phải đã có đăng ký dự sinh hoạt tại chi bộ đó trong năm của ngày sinh hoạt; nhập đăng ký trước.',
    'Một buổi (cùng đồng chí, chi bộ, ngày và giờ bắt đầu) đã có trong dữ liệu thì không nhập lại.',
  ],
};

export const TEMPLATE_SPECS: Record<ImportKind, TemplateSpec> = {
  directory: DIRECTORY,
  officials: OFFICIALS,
  registrations: REGISTRATIONS,
  meetings: MEETINGS,
};

/** Suggested download names, without diacritics: some office mail systems mangle them. */
export const TEMPLATE_FILE_NAMES: Record<ImportKind, string> = {
  directory: 'mau-danh-muc-to-chuc-co-so-dang.xlsx',
  officials: 'mau-danh-sach-can-bo.xlsx',
  registrations: 'mau-dang-ky-du-sinh-hoat.xlsx',
  meetings: 'mau-lich-sinh-hoat.xlsx',
};
