import { openAppDatabase, type AppDatabase } from '../../../renderer/db/database';
import { expect } from 'vitest';
import { DomainError } from '../../../shared/domain/errors';
import type { Official, Settings } from '../../../shared/domain/types';

/** Every test gets its own database, so tests never see each other's data. */
export function freshDb(): AppDatabase {
  return openAppDatabase(`test-${crypto.randomUUID()}`);
}

export const settings: Settings = {
  committeeName: 'Huyện ủy Yên Thành',
  committeeKind: 'huyen_uy',
  superiorBody: 'Đảng bộ tỉnh Nghệ An',
  documentSymbol: 'HU',
  place: 'Yên Thành',
  currentYear: 2025,
  termStartYear: 2025,
  termEndYear: 2030,
  signerOnBehalf: 'T/M BAN THƯỜNG VỤ',
  signerPosition: 'BÍ THƯ',
  signerName: 'Nguyễn Văn Bình',
  recipients: ['Ban Tổ chức Tỉnh ủy', 'Lưu Văn phòng'],
  language: 'vi',
};

export const officialInput: Omit<Official, 'id'> = {
  name: 'Nguyễn Văn An',
  position: 'Ủy viên Ban Thường vụ Tỉnh ủy',
  group: 'standing',
  committee: 'Ban Tổ chức Tỉnh ủy',
  area: 'Huyện Yên Thành',
  field: 'Tổ chức',
  capacity: 3,
};

/** The DomainError code a repository call was refused with (fails the test if it succeeded). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}
