import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { SearchResults, SearchService } from './search.service';
import { codedFields, fieldError } from '../common/errors/coded-error';
import { Expensive } from '../common/http/expensive-limit.guard';

@ApiTags('search')
@ApiBearerAuth()
@Controller('search')
export class SearchController {
  constructor(private readonly searching: SearchService) {}

  /** `GET /api/search?q=…&limit=10`: accent- and case-blind, grouped by kind, with the matching words. */
  @Get()
  @Expensive()
  @ApiQuery({ name: 'q', required: true })
  @ApiQuery({ name: 'limit', required: false, description: 'results per group, 1 to 50 (default 10)' })
  search(
    @Query('q') q: unknown,
    @Query('limit') limit: unknown,
    @CurrentUser() user: SignedInUser,
  ): Promise<SearchResults> {
    const text = typeof q === 'string' ? q.trim() : '';
    if (text.length < 2 || text.length > 200)
      throw new BadRequestException(
        codedFields('validation.failed', { fields: ['q'] }, { q: fieldError('search.length') }),
      );
    const perGroup = limit === undefined ? 10 : Number(limit);
    if (!Number.isInteger(perGroup) || perGroup < 1 || perGroup > 50) {
      throw new BadRequestException(
        codedFields('validation.failed', { fields: ['limit'] }, { limit: fieldError('search.limit') }),
      );
    }
    return this.searching.search(text, perGroup, user);
  }
}
