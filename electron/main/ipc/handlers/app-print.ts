/** app:print — the system print dialog for the current view, backgrounds included (coverage colours). */
import type { WebContents } from 'electron';
import type { IpcRequest } from '../../../../shared/ipc/contract';
import { UserFacingError } from '../errors';

export interface AppPrintDeps {
  /** The main window's contents, or null when it has closed. */
  getWebContents(): Pick<WebContents, 'print'> | null;
}

export function createAppPrint(deps: AppPrintDeps) {
  return (_request: IpcRequest<'app:print'>): Promise<{ printed: boolean }> =>
    new Promise((resolve, reject) => {
      const contents = deps.getWebContents();
      if (!contents) {
        reject(new UserFacingError('Không có cửa sổ nào để in.'));
        return;
      }
      contents.print({ printBackground: true }, (success, failureReason) => {
        // Cancelling the dialog is the clerk's choice, not an error.
        if (success || failureReason === 'cancelled') resolve({ printed: success });
        else reject(new UserFacingError(`Không in được: ${failureReason}.`));
      });
    });
}
