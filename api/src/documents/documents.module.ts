import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DocumentPurge } from './document-purge';
import { DOCUMENT_STORE } from './document-store';
import { DocumentTextService } from './document-text.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { DossierController } from './dossier.controller';
import { DossierService } from './dossier.service';
import { PostgresChunkStore } from './postgres-chunk-store';

@Module({
  controllers: [DocumentsController, DossierController],
  providers: [
    { provide: DOCUMENT_STORE, useFactory: (db: DataSource) => new PostgresChunkStore(db), inject: [DataSource] },
    DocumentsService,
    DocumentTextService,
    DossierService,
    DocumentPurge,
  ],
  exports: [DocumentPurge, DocumentTextService],
})
export class DocumentsModule {}
