import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/domain/errors';
import type { Recommendation } from '../../../shared/domain/meetings';
import {
  allowedTargets,
  applyStep,
  isOpen,
  isOverdue,
  newRecommendation,
  skippedStatuses,
  stepError,
  undoLastStep,
  type StepInput,
} from '../../../shared/meetings/recommendation-flow';

const today = '2026-04-10';
const raised = newRecommendation(
  'r-1',
  { meetingId: 'm-1', content: 'Sửa đường liên thôn', field: 'Giao thông', addressedTo: 'UBND xã', dueDate: '2026-04-30' },
  '2026-03-12',
);
const step = (over: Partial<StepInput>): StepInput => ({ to: 'forwarded', date: '2026-03-15', note: '', skipReason: '', ...over });
const key = (k: string) => ({ code: `errors.recommendationFlow.${k}`, params: {} });

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('a new recommendation', () => {
  it('starts with one "new" step dated the day it was raised', () => {
    expect(raised).toEqual<Recommendation>({
      id: 'r-1',
      meetingId: 'm-1',
      content: 'Sửa đường liên thôn',
      field: 'Giao thông',
      addressedTo: 'UBND xã',
      dueDate: '2026-04-30',
      status: 'new',
      history: [{ status: 'new', date: '2026-03-12', note: '', skipReason: '' }],
    });
  });
});

describe('where a recommendation may go', () => {
  it('offers the later steps and closing while open, nothing once final', () => {
    expect(allowedTargets('new')).toEqual(['forwarded', 'answered', 'resolved', 'closed']);
    expect(allowedTargets('forwarded')).toEqual(['answered', 'resolved', 'closed']);
    expect(allowedTargets('answered')).toEqual(['resolved', 'closed']);
    expect(allowedTargets('resolved')).toEqual([]);
    expect(allowedTargets('closed')).toEqual([]);
  });

  it('names the steps jumped over; closing skips nothing', () => {
    expect(skippedStatuses('new', 'forwarded')).toEqual([]);
    expect(skippedStatuses('new', 'answered')).toEqual(['forwarded']);
    expect(skippedStatuses('new', 'resolved')).toEqual(['forwarded', 'answered']);
    expect(skippedStatuses('forwarded', 'resolved')).toEqual(['answered']);
    expect(skippedStatuses('new', 'closed')).toEqual([]);
    expect(skippedStatuses('answered', 'new')).toEqual([]);
  });
});

describe('taking a step', () => {
  it('appends the dated step and moves the status', () => {
    const forwarded = applyStep(raised, step({ note: ' Công văn 12/UBND ' }), today);
    expect(forwarded.status).toBe('forwarded');
    expect(forwarded.history).toEqual([
      raised.history[0],
      { status: 'forwarded', date: '2026-03-15', note: 'Công văn 12/UBND', skipReason: '' },
    ]);
    expect(raised.history).toHaveLength(1);
    const answered = applyStep(forwarded, step({ to: 'answered', date: '2026-03-15', note: 'Đã có kế hoạch sửa' }), today);
    expect(applyStep(answered, step({ to: 'resolved', date: today }), today).status).toBe('resolved');
  });

  it('refuses skipping a step without a reason, naming what was skipped', () => {
    expect(stepError(raised, step({ to: 'answered', note: 'Trả lời' }), today)).toEqual(key('skipForwarded'));
    expect(stepError(raised, step({ to: 'resolved', skipReason: '  ' }), today)).toEqual(key('skipForwardedAndAnswered'));
    const forwarded = applyStep(raised, step({}), today);
    expect(stepError(forwarded, step({ to: 'resolved' }), today)).toEqual(key('skipAnswered'));
    const onTheSpot = applyStep(raised, step({ to: 'answered', note: 'Trả lời', skipReason: 'Trả lời ngay tại buổi sinh hoạt' }), today);
    expect(onTheSpot.history.at(-1)?.skipReason).toBe('Trả lời ngay tại buổi sinh hoạt');
  });

  it('keeps no skip reason on a step that skips nothing', () => {
    expect(applyStep(raised, step({ skipReason: 'thừa' }), today).history.at(-1)?.skipReason).toBe('');
  });

  it('refuses a date before the previous step, with that date as dd/mm/yyyy; the same day is fine', () => {
    expect(stepError(raised, step({ date: '2026-03-11' }), today)).toEqual({
      code: 'errors.recommendationFlow.dateBeforePrevious',
      params: { date: '12/03/2026' },
    });
    expect(stepError(raised, step({ date: '2026-03-12' }), today)).toBeNull();
  });

  it('refuses a date after today, and one that is not a date', () => {
    expect(stepError(raised, step({ date: '2026-04-11' }), today)).toEqual(key('dateInFuture'));
    expect(stepError(raised, step({ date: today }), today)).toBeNull();
    expect(stepError(raised, step({ date: '' }), today)).toEqual(key('dateInvalid'));
    expect(stepError(raised, step({ date: '2026-02-30' }), today)).toEqual(key('dateInvalid'));
  });

  it('needs the response text to mark it answered', () => {
    const forwarded = applyStep(raised, step({}), today);
    expect(stepError(forwarded, step({ to: 'answered', note: ' ' }), today)).toEqual(key('answerNeedsNote'));
    expect(stepError(forwarded, step({ to: 'answered', note: 'Sẽ sửa trong quý 2' }), today)).toBeNull();
  });

  it('closes from any open status with a reason, never without', () => {
    const forwarded = applyStep(raised, step({}), today);
    const answered = applyStep(forwarded, step({ to: 'answered', note: 'Trả lời' }), today);
    for (const open of [raised, forwarded, answered]) {
      expect(stepError(open, step({ to: 'closed' }), today)).toEqual(key('closeNeedsReason'));
      expect(applyStep(open, step({ to: 'closed', note: 'Trùng kiến nghị khác' }), today).status).toBe('closed');
    }
  });

  it('moves nothing on from resolved or closed', () => {
    const closed = applyStep(raised, step({ to: 'closed', note: 'Trùng' }), today);
    const resolved = applyStep(raised, step({ to: 'resolved', skipReason: 'Giải quyết tại chỗ' }), today);
    for (const final of [closed, resolved]) {
      expect(isOpen(final)).toBe(false);
      expect(stepError(final, step({ to: 'closed', note: 'x' }), today)).toEqual(key('finalStatus'));
      expect(stepError(final, step({ to: 'resolved' }), today)).toEqual(key('finalStatus'));
    }
  });

  it('refuses going backwards or repeating the current step', () => {
    const answered = applyStep(raised, step({ to: 'answered', note: 'Trả lời', skipReason: 'Tại chỗ' }), today);
    expect(stepError(answered, step({ to: 'forwarded' }), today)).toEqual(key('notForward'));
    expect(stepError(answered, step({ to: 'new' }), today)).toEqual(key('notForward'));
    expect(stepError(answered, step({ to: 'answered', note: 'Lần 2' }), today)).toEqual(key('notForward'));
  });

  it('throws the same key and params as a DomainError', () => {
    const error = thrown(() => applyStep(raised, step({ date: '2026-03-01' }), today));
    expect([error.code, error.params]).toEqual(['errors.recommendationFlow.dateBeforePrevious', { date: '12/03/2026' }]);
  });
});

describe('undoing the last step', () => {
  it('goes back to the previous status and history', () => {
    const forwarded = applyStep(raised, step({}), today);
    const answered = applyStep(forwarded, step({ to: 'answered', note: 'Trả lời' }), today);
    expect(undoLastStep(answered)).toEqual(forwarded);
    expect(undoLastStep(undoLastStep(answered))).toEqual(raised);
  });

  it('reopens a closed recommendation', () => {
    const closed = applyStep(raised, step({ to: 'closed', note: 'Nhầm' }), today);
    expect(isOpen(undoLastStep(closed))).toBe(true);
  });

  it('never takes back the first "new" step', () => {
    expect(thrown(() => undoLastStep(raised)).code).toBe('errors.recommendationFlow.cannotUndoFirst');
  });
});

describe('overdue', () => {
  it('is past the due date and still open; due today is not yet overdue', () => {
    expect(isOverdue({ status: 'forwarded', dueDate: '2026-04-09' }, today)).toBe(true);
    expect(isOverdue({ status: 'forwarded', dueDate: today }, today)).toBe(false);
    expect(isOverdue({ status: 'new', dueDate: '' }, today)).toBe(false);
    expect(isOverdue({ status: 'resolved', dueDate: '2026-01-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'closed', dueDate: '2026-01-01' }, today)).toBe(false);
  });
});
