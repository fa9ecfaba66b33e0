import { describe, expect, it } from 'vitest';
import { parseDraft, settingsToDraft, withKind } from '../../../renderer/features/settings/settings-draft';
import { settings } from '../../shared/fixtures/settings';

describe('settings draft', () => {
  it('round-trips settings through the form text', () => {
    const draft = settingsToDraft(settings);
    expect(draft.currentYear).toBe('2025');
    expect(draft.recipients).toBe('Ban Tổ chức Tỉnh ủy (để báo cáo)\nCác tổ chức cơ sở đảng\nLưu Văn phòng Huyện ủy');
    expect(parseDraft(draft)).toEqual({ ok: true, settings });
  });

  it('reads recipients one per line, ignoring blank lines and CRLF', () => {
    const result = parseDraft({ ...settingsToDraft(settings), recipients: 'A\r\n\r\n  B  \n' });
    expect(result.ok && result.settings.recipients).toEqual(['A', 'B']);
  });

  it('says "required" for an empty year and "whole number" for text', () => {
    const result = parseDraft({ ...settingsToDraft(settings), currentYear: ' ', termStartYear: 'năm' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toMatchObject({
      currentYear: 'validation.required',
      termStartYear: 'validation.wholeNumber',
    });
  });

  it('follows the kind with the default symbol unless the clerk typed their own', () => {
    const draft = settingsToDraft(settings);
    const thiUy = withKind(draft, 'thi_uy');
    expect(thiUy.documentSymbol).not.toBe('HU');
    expect(withKind(thiUy, 'huyen_uy').documentSymbol).toBe('HU');
    expect(withKind({ ...draft, documentSymbol: 'HUYU' }, 'thi_uy').documentSymbol).toBe('HUYU');
  });
});
