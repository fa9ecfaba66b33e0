/**
 * The only module that touches ipcMain. Every call is checked in the same order — known
 * channel, trusted sender frame, payload valid under the contract's zod schema — before its
 * handler runs, and every outcome crosses back as an IpcResult, never as a thrown error.
 */
import type { IpcMain } from 'electron';
import type { z } from 'zod';
import {
  IPC_CHANNELS,
  ipcRequestSchemas,
  type IpcChannel,
  type IpcRequest,
  type IpcResponses,
  type IpcResult,
} from '../../../shared/ipc/contract';
import type { FrameLike } from '../security';
import { UserFacingError } from './errors';

export type IpcHandlers = {
  [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResponses[C]>;
};

export type SenderCheck = (frame: FrameLike | null | undefined) => boolean;

type IpcFailure = Extract<IpcResult<IpcChannel>, { ok: false }>;

function failure(code: IpcFailure['error']['code'], message: string): IpcFailure {
  return { ok: false, error: { code, message } };
}

export function isIpcChannel(channel: unknown): channel is IpcChannel {
  return typeof channel === 'string' && (IPC_CHANNELS as readonly string[]).includes(channel);
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const fields = issues.map((issue) => (issue.path.length > 0 ? issue.path.join('.') : 'toàn bộ yêu cầu'));
  return `Yêu cầu không hợp lệ: sai ở ${[...new Set(fields)].join(', ')}.`;
}

function describeFailure(channel: IpcChannel, error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  const suffix = typeof code === 'string' ? ` (mã lỗi ${code})` : '';
  return `Không thực hiện được yêu cầu "${channel}"${suffix}. Hãy thử lại.`;
}

async function run<C extends IpcChannel>(
  channel: C,
  payload: unknown,
  handlers: IpcHandlers,
): Promise<IpcResult<C>> {
  const parsed = ipcRequestSchemas[channel].safeParse(payload);
  if (!parsed.success) return failure('invalid-request', describeIssues(parsed.error.issues));
  // TypeScript cannot correlate handlers[C] with the schema picked by the same C.
  const handler = handlers[channel] as (request: unknown) => Promise<IpcResponses[C]>;
  try {
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    // The stack stays in the main process log; the renderer gets a message only.
    console.error(`IPC ${channel} failed:`, error);
    return failure('failed', describeFailure(channel, error));
  }
}

export async function dispatch(
  channel: unknown,
  senderFrame: FrameLike | null | undefined,
  payload: unknown,
  handlers: IpcHandlers,
  isTrusted: SenderCheck,
): Promise<IpcResult<IpcChannel>> {
  if (!isIpcChannel(channel)) return failure('invalid-request', 'Yêu cầu không hợp lệ: kênh không tồn tại.');
  if (!isTrusted(senderFrame)) {
    return failure('forbidden-sender', 'Yêu cầu bị từ chối: không đến từ cửa sổ của ứng dụng.');
  }
  return run(channel, payload, handlers);
}

/** The preload sends exactly one request object; anything else is malformed. */
function singlePayload(args: unknown[]): unknown {
  return args.length === 1 ? args[0] : args;
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: IpcHandlers, isTrusted: SenderCheck): void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      dispatch(channel, event.senderFrame, singlePayload(args), handlers, isTrusted),
    );
  }
}
