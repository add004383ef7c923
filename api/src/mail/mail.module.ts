import { Global, Module } from '@nestjs/common';
import { MailSender } from './mail-sender';
import { Outbox } from './outbox';
import { OutboxController, OutboxReader } from './outbox.controller';

/** Mails: `Outbox.enqueue` inside any concept's transaction, sent by the `mail-outbox` job. */
@Global()
@Module({ controllers: [OutboxController], providers: [Outbox, OutboxReader, MailSender], exports: [Outbox] })
export class MailModule {}
