import { openAppDatabase, type AppDatabase } from '../../../renderer/db/database';
import { expect } from 'vitest';
import { DomainError } from '../../../shared/domain/errors';
import type { Official } from '../../../shared/domain/types';

/** Every test gets its own database, so tests never see each other's data. */
export function freshDb(): AppDatabase {
  return openAppDatabase(`test-${crypto.randomUUID()}`);
}

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
