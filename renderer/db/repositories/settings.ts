import type { Settings } from '../../../shared/domain/types';
import { DEFAULT_DOCUMENT_SYMBOL } from '../../../shared/domain/labels-vi';
import { DEFAULT_PLAN_RULES } from '../../../shared/domain/rules';
import { settingsSchema } from '../../../shared/domain/validation';
import { writeAudit } from '../audit';
import { AuditChanges } from '../audit-capture';
import { diffText, SETTINGS_FIELDS } from '../audit-summary';
import { SETTINGS_ID, type AppDatabase, type SettingsRow } from '../database';
import { parseOrThrow } from './parse';

export async function getSettings(db: AppDatabase): Promise<Settings | undefined> {
  const row = await db.settings.get(SETTINGS_ID);
  if (!row) return undefined;
  const { id: _id, ...settings } = row;
  return settings;
}

export async function saveSettings(db: AppDatabase, s: Settings): Promise<void> {
  const settings = parseOrThrow(settingsSchema, s);
  const row: SettingsRow = { ...settings, id: SETTINGS_ID };
  await db.transaction('rw', [db.settings, db.audit], async () => {
    const before = await db.settings.get(SETTINGS_ID);
    await db.settings.put(row);
    if (!before) {
      const summary = `Thiết lập ban đầu: '${settings.committeeName}'`;
      await writeAudit(db, { action: 'create', entity: 'settings', summary, ...new AuditChanges().created('settings', [row]).entry(false) });
      return;
    }
    const diff = diffText(before, row, SETTINGS_FIELDS);
    await writeAudit(db, {
      action: 'update',
      entity: 'settings',
      summary: `Sửa thiết lập: ${diff === '' ? 'không có thay đổi' : diff}`,
      ...new AuditChanges().updated('settings', before, row).entry(true),
    });
  });
}

/** Party congress terms run five years from 2020 (2020–2025, 2025–2030, …). */
export function termContaining(year: number): { startYear: number; endYear: number } {
  const startYear = year - (((year - 2020) % 5) + 5) % 5;
  return { startYear, endYear: startYear + 5 };
}

/**
 * A starting point for the onboarding form. Texts are Vietnamese because they go into
 * official documents, whatever the UI language.
 */
export function defaultSettings(year: number): Settings {
  const term = termContaining(year);
  return {
    committeeName: '',
    committeeKind: 'huyen_uy',
    superiorBody: '',
    documentSymbol: DEFAULT_DOCUMENT_SYMBOL.huyen_uy,
    place: '',
    currentYear: year,
    termStartYear: term.startYear,
    termEndYear: term.endYear,
    signerOnBehalf: 'T/M BAN THƯỜNG VỤ',
    signerPosition: 'BÍ THƯ',
    signerName: '',
    recipients: ['Thường trực Tỉnh ủy (để b/c)', 'Ban Tổ chức Tỉnh ủy (để b/c)', 'Các tổ chức cơ sở đảng', 'Lưu Văn phòng'],
    language: 'vi',
    mode: 'district',
    rules: { ...DEFAULT_PLAN_RULES },
  };
}
