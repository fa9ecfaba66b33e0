/** One committee however its clerk spaced or cased its name: the key a re-sent file is matched by. */
import type { Submission } from './submission-schema';

export function committeeKey(c: Submission['committee']): string {
  return [c.kind, c.superiorBody, c.name].map((t) => t.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi')).join('|');
}
