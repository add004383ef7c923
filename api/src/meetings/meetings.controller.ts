import { Body, Controller, Delete, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { ResourceReads } from '../common/list/resource-reads';
import { Meeting } from './meeting.entity';
import { LogMeetingDto, UpdateMeetingDto } from './meetings.dto';
import { meetingsList } from './meetings.list';
import { MeetingsService } from './meetings.service';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('meetings')
export class MeetingsController extends ResourceReads<Meeting>(meetingsList, ParseUUIDPipe, 'meetings') {
  constructor(private readonly meetings: MeetingsService) {
    super();
  }

  protected get reader() {
    return this.meetings;
  }

  @Post()
  @Roles('advisor', 'coordinator', 'admin')
  log(@Body() dto: LogMeetingDto, @CurrentUser() user: SignedInUser): Promise<Meeting> {
    return this.meetings.log(dto, user);
  }

  /** The author, a coordinator or an admin. */
  @Put(':id')
  @Roles('advisor', 'coordinator', 'admin')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateMeetingDto,
    @CurrentUser() user: SignedInUser,
  ): Promise<Meeting> {
    return this.meetings.update(id, dto, user);
  }

  /** With its follow-up tasks; refused while documents are kept with it (they follow the meeting's read policy). */
  @Delete(':id')
  @Roles('advisor', 'coordinator', 'admin')
  @ApiConflictResponse({
    description: 'meeting.has_documents: documents are kept with the meeting; delete or unlink them first',
  })
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<Meeting> {
    return this.meetings.remove(id, user);
  }
}
