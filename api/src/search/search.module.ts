import { Module } from '@nestjs/common';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

/** The global search across organisations, contacts, meeting notes and documents. */
@Module({ controllers: [SearchController], providers: [SearchService] })
export class SearchModule {}
