import { Module } from '@nestjs/common';
import { SearchController } from '../search/search.controller';
import { SearchService } from '../search/search.service';
import { TimelineController } from './timeline.controller';
import { TimelineService } from './timeline.service';

/** The views across concepts: an organisation's story and the global search. */
@Module({ controllers: [TimelineController, SearchController], providers: [TimelineService, SearchService] })
export class TimelineModule {}
