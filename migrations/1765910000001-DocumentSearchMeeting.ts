import { MigrationInterface, QueryRunner } from 'typeorm';

/** The search box's documents carry their meeting: a document kept with a meeting is searched where the meeting is read (issue 17). */
export class DocumentSearchMeeting1765910000001 implements MigrationInterface {
  name = 'DocumentSearchMeeting1765910000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE VIEW document_search AS
        SELECT d.id, d.organisation_id, d.title, d.kind, d.file_name, d.uploaded_at, v.text, v.search_words, d.meeting_id
          FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.number = d.current_version
         WHERE d.deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW document_search`);
    await q.query(`
      CREATE VIEW document_search AS
        SELECT d.id, d.organisation_id, d.title, d.kind, d.file_name, d.uploaded_at, v.text, v.search_words
          FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.number = d.current_version
         WHERE d.deleted_at IS NULL`);
  }
}
