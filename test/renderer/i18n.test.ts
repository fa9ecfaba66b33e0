import { describe, expect, it } from 'vitest';
import { catalog, NAMESPACES } from '../../renderer/i18n/catalog';
import { createI18n } from '../../renderer/i18n';

/** Every leaf key of a nested strings object, as dotted paths. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

/** `{{name}}` placeholders used by a string. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]!).sort();
}

function leaf(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

describe('i18n catalogue', () => {
  it('has one namespace per feature, and common', () => {
    expect([...NAMESPACES].sort()).toEqual(
      ['audit', 'backup', 'balance', 'common', 'dashboard', 'import', 'meetings', 'recommendations', 'officials', 'onboarding', 'organizations', 'province', 'registrations', 'reports', 'settings', 'synthesis'].sort(),
    );
  });

  describe.each(NAMESPACES)('namespace %s', (ns) => {
    const { vi, en } = catalog[ns];

    it('has the same keys in vi and en', () => {
      expect(keys(en).sort()).toEqual(keys(vi).sort());
    });

    it('has non-empty strings with the same placeholders in both languages', () => {
      for (const key of keys(vi)) {
        const viText = leaf(vi, key);
        const enText = leaf(en, key);
        expect(typeof viText, `${ns}:${key}`).toBe('string');
        expect((viText as string).trim(), `${ns}:${key}`).not.toBe('');
        expect(placeholders(enText as string), `${ns}:${key}`).toEqual(placeholders(viText as string));
      }
    });
  });

  it('starts in Vietnamese, switches to English and falls back to Vietnamese', async () => {
    const i18n = createI18n();
    expect(i18n.t('nav.officials')).toBe('Cán bộ đăng ký');
    expect(i18n.t('settings:danger.button')).toBe('Xóa toàn bộ dữ liệu');
    await i18n.changeLanguage('en');
    expect(i18n.t('nav.officials')).toBe('Registering officials');
    expect(i18n.options.fallbackLng).toEqual(['vi']);
  });
});
