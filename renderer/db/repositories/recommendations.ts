/**
 * Recommendations raised at held meetings, and their follow-up. The step rules live in
 * shared/meetings/recommendation-flow; here each change is read, checked and written in
 * one transaction, so two windows cannot both append a step to the same history.
 */
import { DomainError } from '../../../shared/domain/errors';
import type { Meeting, Recommendation } from '../../../shared/domain/meetings';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import { recommendationInputSchema, type RecommendationInputRaw } from '../../../shared/meetings/meeting-schema';
import { applyStep, newRecommendation, undoLastStep, type StepInput } from '../../../shared/meetings/recommendation-flow';
import { writeAudit } from '../audit';
import { AuditChanges } from '../audit-capture';
import { diffText, RECOMMENDATION_FIELDS, recommendationLabel, stateText } from '../audit-summary';
import { newId, type AppDatabase } from '../database';
import { parseOrThrow } from './parse';

/** What an edit may change: the meeting it was raised at and its history stay. */
export type RecommendationEditInput = Omit<RecommendationInputRaw, 'meetingId'> & { meetingId?: string };

export function listRecommendations(db: AppDatabase): Promise<Recommendation[]> {
  return db.recommendations.toArray();
}

async function requireRecommendation(db: AppDatabase, id: string): Promise<Recommendation> {
  const recommendation = await db.recommendations.get(id);
  if (!recommendation) throw new DomainError('errors.recommendation.notFound');
  return recommendation;
}

/** A deadline before the day it was raised is a typing mistake. */
function checkDueDate(dueDate: string, raisedOn: string): void {
  if (dueDate !== '' && dueDate < raisedOn) {
    throw new DomainError('errors.recommendation.dueBeforeRaised', { dueDate: formatIsoVi(dueDate), date: formatIsoVi(raisedOn) });
  }
}

/** Only a meeting that took place with the official can have raised it; its first step is the meeting's day. */
export async function createRecommendation(db: AppDatabase, input: RecommendationInputRaw): Promise<Recommendation> {
  const parsed = parseOrThrow(recommendationInputSchema, input);
  return db.transaction('rw', [db.meetings, db.recommendations, db.audit], async () => {
    const meeting: Meeting | undefined = await db.meetings.get(parsed.meetingId);
    if (!meeting) throw new DomainError('errors.recommendation.meetingNotFound');
    if (meeting.status !== 'held') throw new DomainError('errors.recommendation.meetingNotHeld', { date: formatIsoVi(meeting.date) });
    checkDueDate(parsed.dueDate, meeting.date);
    const recommendation = newRecommendation(newId(), parsed, meeting.date);
    await db.recommendations.add(recommendation);
    await writeAudit(db, {
      action: 'create',
      entity: 'recommendation',
      summary: `Thêm ${recommendationLabel(recommendation)} (buổi sinh hoạt ngày ${formatIsoVi(meeting.date)})`,
      after: stateText(recommendation, RECOMMENDATION_FIELDS),
      ...new AuditChanges().created('recommendations', [recommendation]).entry(false),
    });
    return recommendation;
  });
}

/** Corrects the content, field, addressee and due date; status and history stay as they are. */
export async function updateRecommendation(db: AppDatabase, id: string, input: RecommendationEditInput): Promise<Recommendation> {
  return db.transaction('rw', [db.recommendations, db.audit], async () => {
    const current = await requireRecommendation(db, id);
    if (input.meetingId !== undefined && input.meetingId !== current.meetingId) {
      throw new DomainError('errors.recommendation.meetingFixed');
    }
    const parsed = parseOrThrow(recommendationInputSchema, { ...input, meetingId: current.meetingId });
    checkDueDate(parsed.dueDate, current.history[0]?.date ?? '');
    const { content, field, addressedTo, dueDate } = parsed;
    const recommendation: Recommendation = { ...current, content, field, addressedTo, dueDate };
    await db.recommendations.put(recommendation);
    await auditRecommendationUpdate(db, 'Sửa', current, recommendation);
    return recommendation;
  });
}

/** Appends one follow-up step (rules in recommendation-flow); `today` is "yyyy-mm-dd". */
export async function advanceRecommendation(db: AppDatabase, id: string, step: StepInput, today: string): Promise<Recommendation> {
  return db.transaction('rw', [db.recommendations, db.audit], async () => {
    const current = await requireRecommendation(db, id);
    const recommendation = applyStep(current, step, today);
    await db.recommendations.put(recommendation);
    await auditRecommendationUpdate(db, 'Cập nhật xử lý', current, recommendation);
    return recommendation;
  });
}

/** Takes back the last step (a mistake); the first 'new' step stays. */
export async function undoRecommendationStep(db: AppDatabase, id: string): Promise<Recommendation> {
  return db.transaction('rw', [db.recommendations, db.audit], async () => {
    const current = await requireRecommendation(db, id);
    const recommendation = undoLastStep(current);
    await db.recommendations.put(recommendation);
    await auditRecommendationUpdate(db, 'Bỏ bước xử lý cuối của', current, recommendation);
    return recommendation;
  });
}

export async function deleteRecommendation(db: AppDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.recommendations, db.audit], async () => {
    const recommendation = await db.recommendations.get(id);
    await db.recommendations.delete(id);
    if (!recommendation) return;
    await writeAudit(db, {
      action: 'delete',
      entity: 'recommendation',
      summary: `Xóa ${recommendationLabel(recommendation)}`,
      before: stateText(recommendation, RECOMMENDATION_FIELDS),
      ...new AuditChanges().deleted('recommendations', [recommendation]).entry(true),
    });
  });
}

/** "Cập nhật xử lý kiến nghị '…': Tình trạng 'Mới tiếp nhận' → 'Đã chuyển'". */
async function auditRecommendationUpdate(db: AppDatabase, verb: string, before: Recommendation, after: Recommendation): Promise<void> {
  const diff = diffText(before, after, RECOMMENDATION_FIELDS);
  await writeAudit(db, {
    action: 'update',
    entity: 'recommendation',
    summary: `${verb} ${recommendationLabel(before)}${diff === '' ? '' : `: ${diff}`}`,
    before: stateText(before, RECOMMENDATION_FIELDS),
    after: stateText(after, RECOMMENDATION_FIELDS),
    ...new AuditChanges().updated('recommendations', before, after).entry(true),
  });
}
