import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../common/auth/roles.decorator';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { ResourceReads } from '../common/list/resource-reads';
import { ContactPrivacyService, ErasurePreview } from './contact-privacy.service';
import { AnonymiseContactDto, CreateContactDto, UpdateContactDto } from './contacts.dto';
import { contactsList } from './contacts.list';
import { ContactRecord, ContactsService } from './contacts.service';
import { RECORD_WRITERS } from '../domain/roles';

@ApiTags('contacts')
@ApiBearerAuth()
@Controller('contacts')
export class ContactsController extends ResourceReads<ContactRecord>(contactsList, ParseUUIDPipe, 'contacts') {
  constructor(
    private readonly contacts: ContactsService,
    private readonly privacy: ContactPrivacyService,
  ) {
    super();
  }

  protected get reader() {
    return this.contacts;
  }

  /** GDPR art. 15: everything held about the person, as a JSON download. */
  @Get(':id/export')
  @Roles('admin')
  async export(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: SignedInUser,
    @Res({ passthrough: true }) res: Response,
  ) {
    const document = await this.privacy.export(id, user);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="contact-${id}-${new Date().toISOString().slice(0, 10)}.json"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    return document;
  }

  /** GDPR art. 17, before confirming: every record naming the person, what will be erased and what is left for review. */
  @Get(':id/anonymise')
  @Roles('admin')
  previewAnonymise(@Param('id', ParseUUIDPipe) id: string): Promise<ErasurePreview> {
    return this.privacy.preview(id);
  }

  /** GDPR art. 17: irreversible anonymisation; counts survive. `alsoErase` names reviewed records to erase too. */
  @Post(':id/anonymise')
  @HttpCode(200)
  @Roles('admin')
  anonymise(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AnonymiseContactDto,
    @CurrentUser() user: SignedInUser,
  ): Promise<ContactRecord> {
    return this.privacy.anonymise(id, user, dto.alsoErase);
  }

  @Post()
  @Roles(...RECORD_WRITERS)
  create(@Body() dto: CreateContactDto, @CurrentUser() user: SignedInUser): Promise<ContactRecord> {
    return this.contacts.create(dto, user);
  }

  @Put(':id')
  @Roles(...RECORD_WRITERS)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateContactDto): Promise<ContactRecord> {
    return this.contacts.update(id, dto);
  }

  /**
   * A person is never hard-deleted (the trail would keep the full record out of reach of export and
   * erasure): coordinators and admins "delete" by anonymising; an anonymised contact stays anonymised.
   */
  @Delete(':id')
  @Roles('coordinator', 'admin')
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: SignedInUser): Promise<ContactRecord> {
    return this.privacy.anonymiseOnDelete(id, user);
  }
}
