import { describe, expect, it } from 'vitest';
import {
  cellInputSchema,
  fieldErrors,
  officialInputSchema,
  orgInputSchema,
  registrationInputSchema,
  settingsSchema,
} from '../../shared/domain/validation';
import { DomainError, isDomainError } from '../../shared/domain/errors';
import { periodsOverlap } from '../../shared/domain/period-overlap';
import type { Settings } from '../../shared/domain/types';
import { settings } from './fixtures/settings';

// Valid as they stand: the signer's name may be left empty, and the empty recipient line is dropped.
const validSettings: Settings = { ...settings, signerName: '', recipients: ['Ban Tổ chức Tỉnh ủy', '', 'Lưu Văn phòng'] };

describe('orgInputSchema', () => {
  it('normalizes the name (NFC, trimmed, single spaces)', () => {
    const decomposed = ' Đảng bộ xã  Diễn Châu '.normalize('NFD');
    const result = orgInputSchema.parse({ name: decomposed, type: 'xa', kind: 'dang_bo_co_so' });
    expect(result.name).toBe('Đảng bộ xã Diễn Châu'.normalize('NFC'));
  });

  it('requires a name that is not only spaces', () => {
    const result = orgInputSchema.safeParse({ name: '   ', type: 'xa', kind: 'dang_bo_co_so' });
    expect(fieldErrors(result)).toEqual({ name: 'validation.required' });
  });

  it('refuses names over 200 characters and unknown types', () => {
    const result = orgInputSchema.safeParse({ name: 'a'.repeat(201), type: 'huyen', kind: 'chi_bo_co_so' });
    expect(fieldErrors(result)).toEqual({ name: 'validation.tooLong', type: 'validation.invalidChoice' });
  });
});

describe('cellInputSchema', () => {
  it.each([
    [0, 'validation.min'],
    [2.5, 'validation.wholeNumber'],
    [10_001, 'validation.memberCountMax'],
    [Number.NaN, 'validation.wholeNumber'],
  ])('memberCount %s → %s', (memberCount, message) => {
    const result = cellInputSchema.safeParse({ orgId: 'o1', name: 'Chi bộ thôn 1', memberCount });
    expect(fieldErrors(result).memberCount).toBe(message);
  });

  it('accepts 1 and 10 000 members', () => {
    for (const memberCount of [1, 10_000]) {
      expect(cellInputSchema.safeParse({ orgId: 'o1', name: 'Chi bộ', memberCount }).success).toBe(true);
    }
  });
});

describe('officialInputSchema', () => {
  const official = {
    name: 'Nguyễn Văn An',
    position: 'Phó Trưởng Ban Tổ chức Tỉnh ủy',
    group: 'board',
    committee: 'Ban Tổ chức Tỉnh ủy',
    area: '',
    field: '',
    capacity: 3,
  };

  it('allows empty area and field but not an empty position', () => {
    expect(officialInputSchema.safeParse(official).success).toBe(true);
    expect(fieldErrors(officialInputSchema.safeParse({ ...official, position: '' }))).toEqual({
      position: 'validation.required',
    });
  });

  it('keeps capacity between 1 and 20', () => {
    expect(fieldErrors(officialInputSchema.safeParse({ ...official, capacity: 21 })).capacity).toBe('validation.capacityMax');
    expect(fieldErrors(officialInputSchema.safeParse({ ...official, capacity: 0 })).capacity).toBe('validation.min');
  });
});

describe('registrationInputSchema', () => {
  const base = { officialId: 'p1', cellId: 'c1', note: '' };

  it('sorts quarters and accepts an unspecified time (no quarters)', () => {
    const parsed = registrationInputSchema.parse({ ...base, period: { kind: 'year', year: 2025, quarters: [3, 1] } });
    expect(parsed.period).toEqual({ kind: 'year', year: 2025, quarters: [1, 3] });
    expect(registrationInputSchema.safeParse({ ...base, period: { kind: 'year', year: 2025, quarters: [] } }).success).toBe(true);
  });

  it('refuses repeated or impossible quarters', () => {
    const repeated = registrationInputSchema.safeParse({ ...base, period: { kind: 'year', year: 2025, quarters: [2, 2] } });
    expect(fieldErrors(repeated)['period.quarters']).toBe('validation.quartersUnique');
    const fifth = registrationInputSchema.safeParse({ ...base, period: { kind: 'year', year: 2025, quarters: [5] } });
    expect(fieldErrors(fifth)['period.quarters.0']).toBe('validation.invalidChoice');
  });

  it('keeps years within 2000–2100', () => {
    const result = registrationInputSchema.safeParse({ ...base, period: { kind: 'year', year: 1999, quarters: [] } });
    expect(fieldErrors(result)['period.year']).toBe('validation.yearRange');
  });

  it('refuses a term that ends before it starts', () => {
    const result = registrationInputSchema.safeParse({ ...base, period: { kind: 'term', startYear: 2030, endYear: 2025 } });
    expect(fieldErrors(result)).toEqual({ 'period.endYear': 'validation.termOrder' });
  });

  it('limits the note to 500 characters', () => {
    const result = registrationInputSchema.safeParse({
      ...base,
      period: { kind: 'term', startYear: 2025, endYear: 2030 },
      note: 'x'.repeat(501),
    });
    expect(fieldErrors(result)).toEqual({ note: 'validation.noteTooLong' });
  });
});

describe('settingsSchema', () => {
  it('drops empty recipient lines', () => {
    expect(settingsSchema.parse(validSettings).recipients).toEqual(['Ban Tổ chức Tỉnh ủy', 'Lưu Văn phòng']);
  });

  it('requires the committee name and a term in order', () => {
    const result = settingsSchema.safeParse({ ...validSettings, committeeName: '', termStartYear: 2031 });
    expect(fieldErrors(result)).toEqual({ committeeName: 'validation.required', termEndYear: 'validation.termOrder' });
  });

  it('refuses an unknown committee kind or language', () => {
    const result = settingsSchema.safeParse({ ...validSettings, committeeKind: 'tinh_uy', language: 'fr' });
    expect(fieldErrors(result)).toEqual({ committeeKind: 'validation.invalidChoice', language: 'validation.invalidChoice' });
  });
});

describe('fieldErrors', () => {
  it('is empty for a successful parse', () => {
    expect(fieldErrors(settingsSchema.safeParse(validSettings))).toEqual({});
  });

  it('reports a wrong top-level shape under _form', () => {
    expect(fieldErrors(orgInputSchema.safeParse(null))).toEqual({ _form: expect.any(String) });
  });
});

describe('DomainError', () => {
  it('carries an i18n code and its parameters', () => {
    const error = new DomainError('errors.duplicateRegistration', { official: 'A', cell: 'B' });
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect(error.code).toBe('errors.duplicateRegistration');
    expect(error.params).toEqual({ official: 'A', cell: 'B' });
    expect(isDomainError(new Error('x'))).toBe(false);
  });
});

describe('periodsOverlap', () => {
  const year = (y: number, quarters: (1 | 2 | 3 | 4)[]) => ({ kind: 'year' as const, year: y, quarters });
  const term = (startYear: number, endYear: number) => ({ kind: 'term' as const, startYear, endYear });

  it('needs a common year', () => {
    expect(periodsOverlap(year(2025, []), year(2026, []))).toBe(false);
    expect(periodsOverlap(term(2025, 2027), year(2028, [1]))).toBe(false);
    expect(periodsOverlap(term(2025, 2030), year(2028, [1]))).toBe(true);
  });

  it('compares quarters only when both give them', () => {
    expect(periodsOverlap(year(2025, [1, 2]), year(2025, [3]))).toBe(false);
    expect(periodsOverlap(year(2025, [1, 2]), year(2025, [2]))).toBe(true);
    expect(periodsOverlap(year(2025, []), year(2025, [4]))).toBe(true);
  });
});
