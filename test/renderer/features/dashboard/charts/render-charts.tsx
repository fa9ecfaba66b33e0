import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../../../renderer/i18n';
import { PlatformProvider } from '../../../../../renderer/platform/PlatformProvider';
import type { Platform } from '../../../../../renderer/platform/types';
import { fakePlatform } from '../../render-page';

/** Charts need no database: Vietnamese strings and a platform (for "Lưu ảnh PNG") are enough. */
export function renderCharts(ui: ReactElement, platform: Platform = fakePlatform()) {
  return render(
    <I18nextProvider i18n={createI18n('vi')}>
      <PlatformProvider platform={platform}>{ui}</PlatformProvider>
    </I18nextProvider>,
  );
}
