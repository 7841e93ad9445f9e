/**
 * Which statuses the emulated OSM accepts each write in, written from the spec (§3.7.1 case actions,
 * §3.7.2 rating, §3.10 messages) and kept apart from the client's own tables on purpose: if the client
 * offers an action the service refuses, the emulator must refuse it too, so a test can catch the mistake.
 */

/** §3.7.1: `press` in 0/1/17, `cancel` in 0/1/17, `close` in 1/2/17, `delete` in 3/4/12; anything else is OSM.01010034. */
export const SERVICE_ACTION_STATUSES: Readonly<Record<'press' | 'cancel' | 'close' | 'delete', readonly number[]>> = {
  press: [0, 1, 17],
  cancel: [0, 1, 17],
  close: [1, 2, 17],
  delete: [3, 4, 12],
};

/** §3.7.2: only completed cases (3) take a rating. */
export const SERVICE_RATEABLE_STATUSES: readonly number[] = [3];

/** §3.10: messages are refused once the case is finished (completed 3, cancelled 4, invalid 12, deleted 13). */
const FINISHED_STATUSES: readonly number[] = [3, 4, 12, 13];

/** Whether the service takes a new message on a case in `status`. */
export function serviceAcceptsMessages(status: number): boolean {
  return !FINISHED_STATUSES.includes(status);
}
