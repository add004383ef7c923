import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { NotificationRecord, Notifier } from './notifier';
import { MailPreferences, Preferences } from './preferences';

/** The bell and the mail preferences of the signed-in person. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifier: Notifier,
    private readonly preferences: Preferences,
  ) {}

  /** My latest notifications (30) and how many are unread. */
  @Get()
  mine(@CurrentUser() user: SignedInUser): Promise<{ unread: number; items: NotificationRecord[] }> {
    return this.notifier.latest(user.id, user.language);
  }

  @Post('read-all')
  @HttpCode(200)
  async readAll(@CurrentUser() user: SignedInUser): Promise<{ read: number }> {
    return { read: await this.notifier.markRead(user.id) };
  }

  @Post(':id/read')
  @HttpCode(200)
  async read(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<{ read: number }> {
    return { read: await this.notifier.markRead(user.id, id) };
  }

  /** Which mails I receive: taskAssigned, tasksDue, organisationDeadlines, coordinatorDigest, weeklyDigest, and `version`. */
  @Get('preferences')
  myPreferences(@CurrentUser() user: SignedInUser): Promise<MailPreferences> {
    return this.preferences.of(user.id);
  }

  @Put('preferences')
  changePreferences(
    @Body() body: Record<string, unknown>,
    @CurrentUser() user: SignedInUser,
  ): Promise<MailPreferences> {
    return this.preferences.change(user.id, body);
  }
}
