/**
 * Conformance, the rating form: a cloud that rates declares its form (dimensions, their score ranges,
 * the reasons offered per score, solved flag, comment) through `ratingForm`, and `rate` sends each
 * dimension's own score and picked reason; a reason the form does not offer for the score is refused
 * before anything is written. The same tests run on every flavour.
 */
import assert from 'node:assert/strict';
import { reasonsFor, type RatingForm } from '../../src/core/rating-form';
import type { RatingInput } from '../../src/core/provider';
import { expectTicketError, marker } from './expect';
import { FLAVOURS } from './flavours';
import { useWorld } from './world';

/** A distinct score per dimension (counting down from the top), and the last reason offered for it. */
function answerOf(form: RatingForm): { input: RatingInput; scores: number[]; reasons: (string | undefined)[] } {
  const scores = form.dimensions.map((d, i) => Math.max(d.minScore, d.maxScore - i));
  const reasons = form.dimensions.map((d, i) => reasonsFor(d, scores[i]).at(-1));
  const input: RatingInput = {
    score: scores[0],
    scores: Object.fromEntries(form.dimensions.map((d, i) => [d.id, scores[i]])),
    reasons: Object.fromEntries(form.dimensions.flatMap((d, i) => (reasons[i] ? [[d.id, reasons[i].id]] : []))),
    ...(form.solvedFlag ? { solved: true } : {}),
    ...(form.comment ? { comment: marker('rating') } : {}),
  };
  return { input, scores, reasons: reasons.map((r) => r?.label) };
}

for (const flavour of FLAVOURS) {
  describe(`conformance: the rating form (${flavour.name})`, () => {
    const world = useWorld(flavour);

    it('offers a rating form exactly when it rates, inside the declared outline', async () => {
      const { canRate, rating } = world.provider.capabilities;
      if (!canRate || !rating) {
        assert.equal(world.provider.ratingForm, undefined);
        return;
      }
      const ticket = world.seededTicket(flavour.statuses.completed);
      const form = await world.provider.ratingForm?.(ticket.id);
      assert.ok(form && form.dimensions.length > 0, 'a form with at least one dimension');
      assert.deepEqual(
        { solved: form.solvedFlag, comment: form.comment, ranges: form.dimensions.every((d) => d.minScore >= rating.minScore && d.maxScore <= rating.maxScore && d.minScore < d.maxScore) },
        { solved: rating.solvedFlag, comment: rating.comment, ranges: true },
      );
      const reasonIds = form.dimensions.flatMap((d) => d.reasons.flatMap((entry) => entry.reasons.map((r) => `${d.id}/${r.id}`)));
      assert.equal(new Set(reasonIds).size, reasonIds.length, 'reason ids are unique within a dimension');
    });

    it('rates every dimension with its own score and the reason picked for it', async () => {
      if (!world.provider.capabilities.canRate) return;
      const ticket = world.seededTicket(flavour.statuses.completed);
      const form = await world.provider.ratingForm?.(ticket.id);
      assert.ok(form);
      const { input, scores, reasons } = answerOf(form);
      await world.provider.rate?.(ticket.id, input);
      assert.deepEqual(
        world.server.ticket(ticket.id).ratingDetails,
        scores.map((score, i) => ({ score, ...(reasons[i] ? { reason: reasons[i] } : {}) })),
      );
    });

    it('refuses a reason the form does not offer for the score before sending anything', async () => {
      if (!world.provider.capabilities.canRate) return;
      const ticket = world.seededTicket(flavour.statuses.completed);
      const form = await world.provider.ratingForm?.(ticket.id);
      assert.ok(form);
      const dimension = form.dimensions.find((d) => d.reasons.length > 0) ?? form.dimensions[0];
      const elsewhere = dimension.reasons[0];
      const score = elsewhere ? (elsewhere.score === dimension.maxScore ? dimension.minScore : dimension.maxScore) : dimension.maxScore;
      const reason = elsewhere?.reasons[0]?.id ?? 'no-such-reason';
      const answer = answerOf(form).input;
      const sent = await world.actionsOf(() =>
        expectTicketError(
          world.provider.rate?.(ticket.id, { ...answer, scores: { ...answer.scores, [dimension.id]: score }, reasons: { [dimension.id]: reason } }) ?? Promise.resolve(),
          'invalid-input',
        ),
      );
      assert.equal(world.server.ticket(ticket.id).rating, undefined);
      assert.ok(!sent.some((action) => /score|evaluat/i.test(action)), `a rating reached the server (${sent.join(', ')})`);
    });
  });
}
