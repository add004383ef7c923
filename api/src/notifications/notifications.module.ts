import { Global, Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller';
import { Notifier } from './notifier';
import { Preferences } from './preferences';
import { Reminders } from './reminders';

/** Notifications (the bell) and mail preferences; `Notifier.notify` inside any concept's transaction. */
@Global()
@Module({
  controllers: [NotificationsController],
  providers: [Notifier, Preferences, Reminders],
  exports: [Notifier, Preferences],
})
export class NotificationsModule {}
