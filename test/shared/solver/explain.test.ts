import { describe, expect, it } from 'vitest';
import { explainAdd, explainMove } from '../../../shared/solver/explain';
import type { SolverCell } from '../../../shared/solver/types';

const at = (name: string, orgName: string, orgId = orgName): SolverCell => ({ id: name, name, orgId, orgName, area: orgId });

describe('explanations', () => {
  it('says "cùng đơn vị" for a move inside an agency or the police', () => {
    const org = 'Đảng bộ Công an huyện';
    expect(
      explainMove({ officialName: 'Lê Thị Bình', from: at('Chi bộ Đội An ninh', org), fromRegistrants: 3, to: at('Chi bộ Nhà tạm giữ', org), inside: true, anywhere: false }),
    ).toBe('Chuyển đồng chí Lê Thị Bình từ Chi bộ Đội An ninh (đã có 3 người đăng ký) sang Chi bộ Nhà tạm giữ (chưa có ai), cùng đơn vị Công an huyện.');
  });

  it('names both organizations when a move crosses them, with area and field', () => {
    expect(
      explainMove({
        officialName: 'Lê Thị Bình',
        from: at('Chi bộ xóm 1', 'Đảng bộ xã Mã Thành'),
        fromRegistrants: 5,
        to: at('Chi bộ Trường Tiểu học', 'Đảng bộ xã Tân Thành'),
        inside: false,
        anywhere: false,
        field: 'Giáo dục',
      }),
    ).toBe(
      'Chuyển đồng chí Lê Thị Bình từ Chi bộ xóm 1 thuộc Đảng bộ xã Mã Thành (đã có 5 người đăng ký) sang Chi bộ Trường Tiểu học thuộc Đảng bộ xã Tân Thành (chưa có ai), ' +
        'ngoài địa bàn phụ trách (được phép theo tùy chọn), đúng lĩnh vực phụ trách (Giáo dục).',
    );
  });

  it('does not repeat a grassroots cell\'s name as its own organization, nor mention areas for someone without one', () => {
    const single = at('Chi bộ Trường THPT Yên Thành 2', 'Chi bộ Trường THPT Yên Thành 2');
    expect(explainAdd({ officialName: 'Trần Văn Cường', to: single, inside: true, anywhere: true, loadAfter: 3, capacity: 4 })).toBe(
      'Đề nghị đồng chí Trần Văn Cường đăng ký thêm Chi bộ Trường THPT Yên Thành 2 (chưa có ai); khi đó đồng chí dự 3/4 chi bộ trong năm.',
    );
  });
});
