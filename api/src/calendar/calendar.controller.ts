import { Controller, Delete, Get, NotFoundException, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth/public.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { CalendarFeeds, CalendarFeedStatus } from './calendar-feeds';

@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeeds) {}

  /** Whether I have a calendar URL, since when, and when a calendar last read it. */
  @Get('feed')
  @ApiBearerAuth()
  status(@CurrentUser() user: SignedInUser): Promise<CalendarFeedStatus> {
    return this.feeds.status(user.id);
  }

  /** Creates my calendar URL, or renews it (the former one stops working). The URL is shown this once. */
  @Post('feed')
  @ApiBearerAuth()
  renew(@CurrentUser() user: SignedInUser): Promise<{ url: string; createdAt: Date }> {
    return this.feeds.renew(user.id);
  }

  /** Revokes my calendar URL: calendars subscribed to it get 404. */
  @Delete('feed')
  @ApiBearerAuth()
  revoke(@CurrentUser() user: SignedInUser): Promise<CalendarFeedStatus> {
    return this.feeds.revoke(user.id);
  }

  /** The calendar (RFC 5545) a calendar application subscribes to; the token in the URL is the only key. */
  @Get(':token.ics')
  @Public()
  async feed(@Param('token') token: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const calendar = await this.feeds.read(token);
    if (!calendar)
      throw new NotFoundException({
        statusCode: 404,
        message: 'No calendar at this address',
        code: 'calendar.unknown_feed',
      });
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    return calendar;
  }
}
