/**
 * MailApp: sending appends to the outbox. Each recipient (to, cc and bcc) uses one unit of the
 * daily quota; with too few left, sending throws and nothing is recorded. The quota resets when
 * the emulator clock passes midnight in the spreadsheet's time zone (Google resets at midnight
 * Pacific time; the emulator keeps one zone). failNextEmail makes the next send throw unrecorded.
 */
import type { EmuContext } from './context';
import { instrument } from './meter';
import { dayKey } from './time/zone';

export interface SentMessage {
  to: string;
  subject: string;
  body: string;
  htmlBody: string | null;
  name?: string;
  replyTo?: string;
  cc?: string;
  bcc?: string;
  noReply?: boolean;
  sentAt: Date;
}

export interface MailState {
  dailyQuota: number;
  remaining: number;
  /** 'YYYY-MM-DD' in the spreadsheet's zone when `remaining` was last reset. */
  quotaDay: string;
}

type Message = GoogleAppsScript.Mail.MailAdvancedParameters;

/** 'a@b.c', 'Name <a@b.c>', '"Name" <a@b.c>'. */
const ADDRESS = /^(?:[^<>]*<\s*([^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)\s*>|([^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+))$/;

function recipients(list: string | undefined): string[] {
  if (!list) return [];
  return list
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

export class MailBox {
  readonly outbox: SentMessage[] = [];
  state: MailState;
  private failure: string | null = null;

  constructor(
    private readonly ctx: EmuContext,
    dailyQuota: number,
  ) {
    this.state = { dailyQuota, remaining: dailyQuota, quotaDay: this.today() };
  }

  private today(): string {
    return dayKey(this.ctx.clock.nowMs(), this.ctx.book.timeZone);
  }

  /** Starts a new day's quota when the clock has passed midnight. */
  refresh(): void {
    const today = this.today();
    if (today !== this.state.quotaDay)
      this.state = { ...this.state, remaining: this.state.dailyQuota, quotaDay: today };
  }

  setQuota(remaining: number, dailyQuota = this.state.dailyQuota): void {
    this.refresh();
    this.state = { ...this.state, remaining, dailyQuota };
  }

  failNext(message: string): void {
    this.failure = message;
  }

  send(message: Message): void {
    this.refresh();
    if (this.failure !== null) {
      const failure = this.failure;
      this.failure = null;
      throw new Error(failure);
    }
    const all = [...recipients(message.to), ...recipients(message.cc), ...recipients(message.bcc)];
    if (all.length === 0) throw new Error('Failed to send email: no recipient');
    for (const address of all) if (!ADDRESS.test(address)) throw new Error(`Invalid email: ${address}`);
    if (message.replyTo && !ADDRESS.test(message.replyTo.trim()))
      throw new Error(`Invalid email: ${message.replyTo}`);
    if (this.state.remaining < all.length)
      throw new Error('Service invoked too many times for one day: email.');
    this.state = { ...this.state, remaining: this.state.remaining - all.length };
    const sent: SentMessage = {
      to: message.to ?? '',
      subject: message.subject ?? '',
      body: message.body ?? '',
      htmlBody: message.htmlBody ?? null,
      sentAt: this.ctx.clock.now(),
    };
    if (message.name !== undefined) sent.name = message.name;
    if (message.replyTo !== undefined) sent.replyTo = message.replyTo;
    if (message.cc !== undefined) sent.cc = message.cc;
    if (message.bcc !== undefined) sent.bcc = message.bcc;
    if (message.noReply !== undefined) sent.noReply = message.noReply;
    this.outbox.push(sent);
  }
}

export class EmuMailApp
  implements Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>
{
  constructor(
    readonly ctx: EmuContext,
    private readonly box: MailBox,
  ) {}

  get meter() {
    return this.ctx.meter;
  }

  getRemainingDailyQuota(): number {
    this.box.refresh();
    return this.box.state.remaining;
  }

  /** sendEmail(message), (to, subject, body), (to, subject, body, options), (to, replyTo, subject, body). */
  sendEmail(messageOrTo: Message | string, a?: string, b?: string, c?: string | Message): void {
    if (typeof messageOrTo !== 'string') {
      this.box.send(messageOrTo);
      return;
    }
    if (typeof c === 'string') {
      this.box.send({ to: messageOrTo, replyTo: a, subject: b, body: c });
      return;
    }
    this.box.send({ ...(c ?? {}), to: messageOrTo, subject: a, body: b });
  }
}

instrument(EmuMailApp.prototype, 'MailApp', { counted: false, needsAuth: true });
