/**
 * Reads a "Gửi tỉnh" workbook back into its payload, refusing anything that is not exactly
 * what a district's app wrote: the data sheet missing, rows missing or cut, a checksum that
 * does not match, an unknown schema version, or a payload of the wrong shape. Each refusal
 * is a SubmissionError whose Vietnamese message says where in the file and what is wrong.
 */
import ExcelJS from 'exceljs';
import { guardXlsx, ZipGuardError } from '../import/zip-guard';
import { canonicalJson, sha256Hex } from './checksum';
import { DATA_KEYS, DATA_SHEET_NAME, JSON_FIRST_ROW, KEY_ROW_FIRST, periodCellText, type DataKey } from './data-sheet';
import { SUBMISSION_SCHEMA_VERSION, submissionSchema, type Submission } from './submission-schema';

/** The message is Vietnamese and complete; the province UI will show it with the file's name. */
export class SubmissionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SubmissionError';
  }
}

const where = (row: number) => `trang "${DATA_SHEET_NAME}", dòng ${row}`;

function cellText(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = ws.getCell(row, col).value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  // A clerk who retyped a cell may have left rich text.
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return '';
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new SubmissionError('Tệp rỗng (0 byte): không phải tệp gửi tỉnh.');
  const unreadable = () =>
    new SubmissionError('Không đọc được tệp: tệp bị cắt cụt, bị hỏng hoặc không phải tệp Excel .xlsx. Hãy xin huyện gửi lại tệp.');
  try {
    // A hostile file (a decompression bomb) is refused before exceljs inflates any of it.
    await guardXlsx(bytes);
  } catch (error) {
    if (!(error instanceof ZipGuardError)) throw error;
    throw error.kind === 'refused' ? new SubmissionError(`Không mở tệp gửi tỉnh: ${error.message}`) : unreadable();
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable();
  }
  return wb;
}

/** The key/value rows, each checked for its label. */
function readKeys(ws: ExcelJS.Worksheet): Record<DataKey, string> {
  const values = {} as Record<DataKey, string>;
  (Object.keys(DATA_KEYS) as DataKey[]).forEach((key, i) => {
    const row = KEY_ROW_FIRST + i;
    if (cellText(ws, row, 1) !== DATA_KEYS[key]) {
      throw new SubmissionError(`Tệp gửi tỉnh bị sửa hoặc hỏng: ${where(row)} phải ghi "${DATA_KEYS[key]}" ở cột A.`);
    }
    values[key] = cellText(ws, row, 2).trim();
  });
  return values;
}

function readJson(ws: ExcelJS.Worksheet, chunks: string): string {
  const count = Number(chunks);
  if (!Number.isInteger(count) || count < 1) {
    throw new SubmissionError(`Tệp gửi tỉnh bị sửa hoặc hỏng: ${where(KEY_ROW_FIRST + 5)}: số đoạn dữ liệu "${chunks}" không hợp lệ.`);
  }
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const row = JSON_FIRST_ROW + i;
    const text = cellText(ws, row, 1);
    if (text === '') throw new SubmissionError(`Dữ liệu bị cắt cụt: ${where(row)} trống, thiếu đoạn ${i + 1}/${count}.`);
    parts.push(text);
  }
  if (cellText(ws, JSON_FIRST_ROW + count, 1) !== '') {
    throw new SubmissionError(`Tệp gửi tỉnh bị sửa: ${where(JSON_FIRST_ROW + count)} có thêm dữ liệu sau ${count} đoạn.`);
  }
  return parts.join('');
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    throw new SubmissionError(`Dữ liệu bị cắt cụt hoặc hỏng: đoạn JSON từ ${where(JSON_FIRST_ROW)} không đọc được.`);
  }
}

export async function readSubmission(bytes: Uint8Array): Promise<Submission> {
  const wb = await loadWorkbook(bytes);
  const ws = wb.getWorksheet(DATA_SHEET_NAME);
  if (!ws) throw new SubmissionError(`Tệp không phải tệp gửi tỉnh: thiếu trang "${DATA_SHEET_NAME}".`);
  const keys = readKeys(ws);
  if (keys.schemaVersion !== String(SUBMISSION_SCHEMA_VERSION)) {
    throw new SubmissionError(
      `Phiên bản lược đồ "${keys.schemaVersion}" (${where(KEY_ROW_FIRST)}) không được hỗ trợ: phần mềm này đọc phiên bản ${SUBMISSION_SCHEMA_VERSION}. Hãy cập nhật phần mềm hoặc xin huyện lập lại tệp.`,
    );
  }
  const json = readJson(ws, keys.chunks);
  if ((await sha256Hex(json)) !== keys.sha256.toLowerCase()) {
    throw new SubmissionError(`Dữ liệu đã bị sửa hoặc hỏng: mã kiểm tra SHA-256 không khớp (${where(KEY_ROW_FIRST + 4)}).`);
  }
  const raw = parseJson(json);
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SUBMISSION_SCHEMA_VERSION) {
    throw new SubmissionError(`Phiên bản lược đồ ${JSON.stringify(version)} trong dữ liệu không được hỗ trợ: phần mềm này đọc phiên bản ${SUBMISSION_SCHEMA_VERSION}.`);
  }
  const parsed = submissionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? issue.path.map(String).join('.') : '';
    throw new SubmissionError(`Dữ liệu không đúng lược đồ phiên bản ${SUBMISSION_SCHEMA_VERSION}: trường "${path}" ${issue?.message ?? ''} (${where(JSON_FIRST_ROW)}).`);
  }
  // The visible rows must say what the data says: a clerk reads them to know what was sent.
  if (keys.generatedAt !== parsed.data.generatedAt || keys.committee !== parsed.data.committee.name) {
    throw new SubmissionError(`Tệp gửi tỉnh bị sửa: đơn vị gửi hoặc thời điểm lập ở ${where(KEY_ROW_FIRST + 1)}–${KEY_ROW_FIRST + 3} khác với dữ liệu.`);
  }
  if (keys.period !== periodCellText(parsed.data.period)) {
    throw new SubmissionError(`Tệp gửi tỉnh bị sửa: kỳ báo cáo "${keys.period}" ở ${where(KEY_ROW_FIRST + 2)} khác với kỳ trong dữ liệu (${periodCellText(parsed.data.period)}).`);
  }
  return parsed.data;
}

/** For tests and the CLI: the checksum a payload's file should carry. */
export const submissionChecksum = (payload: Submission) => sha256Hex(canonicalJson(payload));
