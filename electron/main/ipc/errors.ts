/**
 * An error whose message is already written for the clerk (in Vietnamese). The router passes
 * its message to the renderer; any other error is reduced to a generic message, because
 * Node's messages are English and may reveal paths or internals.
 */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}
