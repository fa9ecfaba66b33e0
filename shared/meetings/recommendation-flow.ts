/**
 * The follow-up of a recommendation: new → forwarded → answered → resolved, or closed
 * without action from any open status. Each step is dated and kept, so the history reads
 * like the clerk's register; a mistake is corrected by undoing the last step, never by
 * moving backwards (which would hide the mistake in the history).
 */
import { DomainError } from '../domain/errors';
import type { Recommendation, RecommendationStatus, RecommendationStep } from '../domain/meetings';
import { formatIsoVi, isIsoDate } from './iso-date';
import type { RecommendationInput } from './meeting-schema';

export interface StepInput {
  to: RecommendationStatus;
  date: string;
  note: string;
  skipReason: string;
}

/** Why a step is refused: an i18n key in the 'common' namespace and its interpolation values. */
export interface StepProblem {
  code: string;
  params: Record<string, string | number>;
}

/** The main line; 'closed' stands beside it, reachable from any open status. */
const CHAIN: readonly RecommendationStatus[] = ['new', 'forwarded', 'answered', 'resolved'];
const FINAL: ReadonlySet<RecommendationStatus> = new Set(['resolved', 'closed']);
const KEY = 'errors.recommendationFlow.';

export function isFinalStatus(status: RecommendationStatus): boolean {
  return FINAL.has(status);
}

export function isOpen(rec: Pick<Recommendation, 'status'>): boolean {
  return !FINAL.has(rec.status);
}

/** Past its due date and still open; due today is not overdue yet. */
export function isOverdue(rec: Pick<Recommendation, 'status' | 'dueDate'>, today: string): boolean {
  return rec.dueDate !== '' && rec.dueDate < today && isOpen(rec);
}

/** Where a recommendation may go next, nearest first; nothing once it is final. */
export function allowedTargets(status: RecommendationStatus): RecommendationStatus[] {
  if (FINAL.has(status)) return [];
  return [...CHAIN.slice(CHAIN.indexOf(status) + 1), 'closed'];
}

/** The main-line statuses jumped over between `from` and `to` ('closed' skips nothing). */
export function skippedStatuses(from: RecommendationStatus, to: RecommendationStatus): RecommendationStatus[] {
  const [i, j] = [CHAIN.indexOf(from), CHAIN.indexOf(to)];
  if (i < 0 || j < 0 || j <= i + 1) return [];
  return CHAIN.slice(i + 1, j);
}

/** One key per skipped set, so each language names the steps in its own words. */
function skipCode(skipped: RecommendationStatus[]): string {
  if (skipped.length > 1) return `${KEY}skipForwardedAndAnswered`;
  return skipped[0] === 'forwarded' ? `${KEY}skipForwarded` : `${KEY}skipAnswered`;
}

function problem(code: string, params: Record<string, string | number> = {}): StepProblem {
  return { code: `${KEY}${code}`, params };
}

/** null when the step may be taken; otherwise the first rule it breaks. */
export function stepError(
  rec: Pick<Recommendation, 'status' | 'history'>,
  step: StepInput,
  today: string,
): StepProblem | null {
  if (FINAL.has(rec.status)) return problem('finalStatus');
  if (!allowedTargets(rec.status).includes(step.to)) return problem('notForward');
  if (!isIsoDate(step.date)) return problem('dateInvalid');
  if (step.date > today) return problem('dateInFuture');
  const previous = rec.history.at(-1);
  if (previous && step.date < previous.date) return problem('dateBeforePrevious', { date: formatIsoVi(previous.date) });
  const skipped = skippedStatuses(rec.status, step.to);
  if (skipped.length > 0 && step.skipReason.trim() === '') return { code: skipCode(skipped), params: {} };
  if (step.to === 'answered' && step.note.trim() === '') return problem('answerNeedsNote');
  if (step.to === 'closed' && step.note.trim() === '') return problem('closeNeedsReason');
  return null;
}

/** The recommendation with the step appended; throws DomainError when stepError refuses it. */
export function applyStep(rec: Recommendation, step: StepInput, today: string): Recommendation {
  const error = stepError(rec, step, today);
  if (error) throw new DomainError(error.code, error.params);
  const skipping = skippedStatuses(rec.status, step.to).length > 0;
  const added: RecommendationStep = {
    status: step.to,
    date: step.date,
    note: step.note.trim(),
    // A reason with nothing skipped would claim a skip the history does not show.
    skipReason: skipping ? step.skipReason.trim() : '',
  };
  return { ...rec, status: step.to, history: [...rec.history, added] };
}

/** Takes back the last step; the first 'new' step records when it was raised and stays. */
export function undoLastStep(rec: Recommendation): Recommendation {
  const previous = rec.history.at(-2);
  if (!previous) throw new DomainError(`${KEY}cannotUndoFirst`);
  return { ...rec, status: previous.status, history: rec.history.slice(0, -1) };
}

/** A recommendation as raised at a meeting on `raisedOn` (the meeting's date). */
export function newRecommendation(id: string, input: RecommendationInput, raisedOn: string): Recommendation {
  return {
    id,
    meetingId: input.meetingId,
    content: input.content,
    field: input.field,
    addressedTo: input.addressedTo,
    dueDate: input.dueDate,
    status: 'new',
    history: [{ status: 'new', date: raisedOn, note: '', skipReason: '' }],
  };
}
