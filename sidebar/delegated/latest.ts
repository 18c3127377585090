/**
 * Filters can change faster than the server answers, and answers can arrive out of order. Each
 * load takes a ticket; only the newest ticket's answer is shown.
 */
export class LatestOnly {
  private newest = 0;

  /** Starts a load; the returned check is true while no later load has started. */
  begin(): () => boolean {
    this.newest += 1;
    const ticket = this.newest;
    return () => ticket === this.newest;
  }
}
