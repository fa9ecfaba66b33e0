import type { Recommendation, RecommendationStatus } from '../../../shared/domain/meetings';
import { parseViDate } from '../../../shared/meetings/iso-date';
import { stepError, type StepInput, type StepProblem } from '../../../shared/meetings/recommendation-flow';

/** The statuses a step button leads to; 'new' is only ever the first step. */
export type StepTarget = Exclude<RecommendationStatus, 'new'>;
export const STEP_TARGETS: readonly StepTarget[] = ['forwarded', 'answered', 'resolved', 'closed'];

export interface StepForm {
  /** As typed, dd/mm/yyyy. */
  dateText: string;
  note: string;
  skipReason: string;
}

/** The field a refused step is about, so its message shows under that field. */
export type StepField = 'date' | 'note' | 'skipReason' | 'form';

export function problemField(problem: StepProblem): StepField {
  const name = problem.code.slice(problem.code.lastIndexOf('.') + 1);
  if (name.startsWith('date')) return 'date';
  if (name.startsWith('skip')) return 'skipReason';
  if (name === 'answerNeedsNote' || name === 'closeNeedsReason') return 'note';
  return 'form';
}

export function stepInputOf(to: StepTarget, form: StepForm): StepInput {
  // An unreadable date goes through as typed: the flow rules call it invalid.
  return { to, date: parseViDate(form.dateText) ?? form.dateText, note: form.note, skipReason: form.skipReason };
}

/** The same check the repository makes, run while the clerk types. */
export function stepFormProblem(
  rec: Pick<Recommendation, 'status' | 'history'>,
  to: StepTarget,
  form: StepForm,
  today: string,
): StepProblem | null {
  return stepError(rec, stepInputOf(to, form), today);
}
