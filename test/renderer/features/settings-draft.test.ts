import { describe, expect, it } from 'vitest';
import { parseRulesDraft, rulesToDraft } from '../../../renderer/features/settings/rules-draft';
import { parseDraft, settingsToDraft, withKind } from '../../../renderer/features/settings/settings-draft';
import { DEFAULT_PLAN_RULES } from '../../../shared/domain/rules';
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

describe('rules draft: minimum days of notice', () => {
  it('round-trips the notice period and accepts 0 and 60', () => {
    const draft = rulesToDraft({ ...DEFAULT_PLAN_RULES, noticeDays: 5 });
    expect(draft.noticeDays).toBe('5');
    expect(parseRulesDraft(draft)).toEqual({ ok: true, rules: { ...DEFAULT_PLAN_RULES, noticeDays: 5 } });
    for (const days of [0, 60]) {
      const result = parseRulesDraft({ ...draft, noticeDays: ` ${days} ` });
      expect(result.ok && result.rules.noticeDays).toBe(days);
    }
  });

  it('says "required" for an empty box (no silent default) and the range otherwise', () => {
    const draft = rulesToDraft(DEFAULT_PLAN_RULES);
    expect(parseRulesDraft({ ...draft, noticeDays: '' })).toEqual({ ok: false, errors: { noticeDays: 'validation.required' } });
    expect(parseRulesDraft({ ...draft, noticeDays: '61' })).toEqual({ ok: false, errors: { noticeDays: 'validation.noticeDaysRange' } });
    expect(parseRulesDraft({ ...draft, noticeDays: '-1' })).toEqual({ ok: false, errors: { noticeDays: 'validation.noticeDaysRange' } });
    expect(parseRulesDraft({ ...draft, noticeDays: '2.5' })).toEqual({ ok: false, errors: { noticeDays: 'validation.wholeNumber' } });
  });
});
