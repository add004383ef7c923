import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { CalendarFeeds } from './calendar-feeds';

@Module({ controllers: [CalendarController], providers: [CalendarFeeds] })
export class CalendarModule {}
