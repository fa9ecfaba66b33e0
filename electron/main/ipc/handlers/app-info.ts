/** app:info — what Settings shows: version, and where the data folder is so it can be backed up. */
import type { App } from 'electron';
import type { AppInfo, IpcRequest } from '../../../../shared/ipc/contract';

export type AppInfoDeps = Pick<App, 'getName' | 'getVersion' | 'getPath'>;

export function createAppInfo(app: AppInfoDeps) {
  return async (_request: IpcRequest<'app:info'>): Promise<AppInfo> => ({
    name: app.getName(),
    version: app.getVersion(),
    runtime: 'electron',
    dataLocation: `Thư mục dữ liệu ứng dụng: ${app.getPath('userData')}`,
  });
}
