import { Injectable } from '@nestjs/common';
import { Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '../common/auth/roles.decorator';
import { EntityReader } from '../common/list/entity-reader';
import { ListSpec } from '../common/list/list-spec';
import { ResourceReads } from '../common/list/resource-reads';
import { LANGUAGES } from '../domain/languages';
import { OUTBOX_STATES, OutboxMessage } from './outbox-message.entity';

const outboxList: ListSpec = {
  resource: 'outbox',
  fields: {
    id: { column: 'm.id', type: 'uuid' },
    recipient: { column: 'm.recipient', type: 'text' },
    recipientId: { column: 'm.recipient_id', type: 'uuid' },
    language: { column: 'm.language', type: 'enum', values: LANGUAGES },
    template: { column: 'm.template', type: 'text' },
    subject: { column: 'm.subject', type: 'text' },
    state: { column: 'm.state', type: 'enum', values: OUTBOX_STATES },
    attempts: { column: 'm.attempts', type: 'integer' },
    createdAt: { column: 'm.created_at', type: 'datetime' },
    sentAt: { column: 'm.sent_at', type: 'datetime' },
  },
  defaultSort: { field: 'createdAt', order: 'DESC' },
};

@Injectable()
export class OutboxReader extends EntityReader<OutboxMessage> {
  constructor(db: DataSource) {
    super(db, OutboxMessage, 'm', 'mail');
  }
}

/** The outbox (admins): every mail with its recipient, subject, rendered body and state, sent or not. */
@ApiTags('outbox')
@ApiBearerAuth()
@Controller('outbox')
@Roles('admin')
export class OutboxController extends ResourceReads<OutboxMessage>(outboxList) {
  constructor(private readonly outbox: OutboxReader) {
    super();
  }

  protected get reader() {
    return this.outbox;
  }
}
