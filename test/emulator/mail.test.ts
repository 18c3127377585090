import { fresh, WINTER_MORNING } from './setup';

describe('MailApp', () => {
  it('records a message object in the outbox with the time it was sent', () => {
    const { emu } = fresh();

    emu.globals.MailApp.sendEmail({
      to: 'jo.smith@example.school',
      subject: 'New task',
      body: 'Plain',
      htmlBody: '<p>Html</p>',
      name: 'SEND Delegate',
      replyTo: 'senco@example.school',
    });

    expect(emu.outbox).toEqual([
      {
        to: 'jo.smith@example.school',
        subject: 'New task',
        body: 'Plain',
        htmlBody: '<p>Html</p>',
        name: 'SEND Delegate',
        replyTo: 'senco@example.school',
        sentAt: WINTER_MORNING,
      },
    ]);
  });

  it('accepts recipient, subject, body and options', () => {
    const { emu } = fresh();

    emu.globals.MailApp.sendEmail('jo@example.school', 'Hi', 'Body', { cc: 'sam@example.school' });

    expect(emu.outbox[0]).toMatchObject({
      to: 'jo@example.school',
      subject: 'Hi',
      body: 'Body',
      cc: 'sam@example.school',
      htmlBody: null,
    });
  });

  it('accepts recipient, replyTo, subject and body', () => {
    const { emu } = fresh();

    emu.globals.MailApp.sendEmail('jo@example.school', 'senco@example.school', 'Hi', 'Body');

    expect(emu.outbox[0]).toMatchObject({
      to: 'jo@example.school',
      replyTo: 'senco@example.school',
      subject: 'Hi',
    });
  });

  it('uses one unit of quota per recipient', () => {
    const { emu } = fresh({ mailQuota: 100 });

    emu.globals.MailApp.sendEmail({
      to: 'a@x.school, b@x.school',
      cc: 'c@x.school',
      bcc: 'd@x.school',
      subject: 's',
      body: 'b',
    });

    expect(emu.globals.MailApp.getRemainingDailyQuota()).toBe(96);
  });

  it('refuses to send once the quota is used up, and records nothing', () => {
    const { emu } = fresh();
    emu.setMailQuota(0);

    expect(() => emu.globals.MailApp.sendEmail('jo@example.school', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(emu.outbox).toHaveLength(0);
  });

  it('refuses a message with more recipients than the quota left', () => {
    const { emu } = fresh();
    emu.setMailQuota(1);

    expect(() => emu.globals.MailApp.sendEmail('a@x.school,b@x.school', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
  });

  it('resets the quota after midnight in the spreadsheet zone', () => {
    const { emu } = fresh({ mailQuota: 100 });
    emu.setMailQuota(0);

    emu.clock.set(new Date('2025-01-16T00:00:01Z'));

    expect(emu.globals.MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('keeps the quota used within the same day', () => {
    const { emu } = fresh();
    emu.setMailQuota(3);

    emu.clock.advance(10 * 60 * 60 * 1000);

    expect(emu.globals.MailApp.getRemainingDailyQuota()).toBe(3);
  });

  it('fails the next send when told to, then sends normally', () => {
    const { emu } = fresh();
    emu.failNextEmail('Mail service down');

    expect(() => emu.globals.MailApp.sendEmail('jo@example.school', 's', 'b')).toThrow('Mail service down');
    emu.globals.MailApp.sendEmail('jo@example.school', 's', 'b');
    expect(emu.outbox).toHaveLength(1);
  });

  it('does not spend quota on a failed send', () => {
    const { emu } = fresh({ mailQuota: 5 });
    emu.failNextEmail('down');

    expect(() => emu.globals.MailApp.sendEmail('jo@example.school', 's', 'b')).toThrow('down');
    expect(emu.globals.MailApp.getRemainingDailyQuota()).toBe(5);
  });

  it('refuses an invalid address', () => {
    const { emu } = fresh();

    expect(() => emu.globals.MailApp.sendEmail('not-an-address', 's', 'b')).toThrow(
      'Invalid email: not-an-address',
    );
  });

  it('accepts a display name with the address', () => {
    const { emu } = fresh();

    emu.globals.MailApp.sendEmail('Jo Smith <jo@example.school>', 's', 'b');

    expect(emu.outbox).toHaveLength(1);
  });
});
