import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { RequesterLanguage } from '../common/i18n/requester-language';
import { setContentRange } from '../common/list/list-page';
import type { Language } from '../domain';
import { parseListQuery } from '../common/list/list-query';
import { ListSpec } from '../common/list/list-spec';
import { TimelineEntry, TimelineService } from './timeline.service';

/** The timeline pages like a list: `range=[0,49]`, Content-Range `timeline 0-49/N`; always newest first. */
const timelineList: ListSpec = {
  resource: 'timeline',
  fields: { at: { column: 'at', type: 'datetime', filterable: false } },
  defaultSort: { field: 'at', order: 'DESC' },
};

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get(':id/timeline')
  @ApiQuery({ name: 'range', required: false, example: '[0,49]' })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() params: Record<string, unknown>,
    @RequesterLanguage() language: Language,
    @CurrentUser() user: SignedInUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TimelineEntry[]> {
    const query = parseListQuery({ range: params.range ?? '[0,49]' }, timelineList);
    const page = await this.timeline.page(id, query.range.start, query.range.end, language, user);
    setContentRange(res, timelineList.resource, query, page);
    return page.rows;
  }
}
