import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, SignedInUser } from '../common/auth/signed-in-user';
import { DossierService } from './dossier.service';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('recognitions')
export class DossierController {
  constructor(private readonly dossier: DossierService) {}

  /** The recognition file's documents as one zip with an index (CSV in the requester's language); audited. */
  @Get(':id/dossier')
  @ApiProduces('application/zip')
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: SignedInUser,
    @Res() res: Response,
  ): Promise<void> {
    await this.dossier.send(id, user, res);
  }
}
