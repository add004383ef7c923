import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents and evidence, kept in PostgreSQL beside the records they prove:
 * - `documents`: one row per paper (its kind, title, what it is linked to, its current version's
 *   facts, soft deletion), audited by the trigger every register table has;
 * - `document_versions`: each upload of it (file name, type found in the content, size, SHA-256,
 *   the text extracted for the search box as a word vector);
 * - `document_chunks`: the bytes, 256 KiB per row (bytea stored uncompressed: PDFs, images and office
 *   files are compressed already), so that an upload and a download stream chunk by chunk and one
 *   pg_dump carries records and documents together. The bytes are written first, the version and the
 *   document rows once the checksum is known (the foreign keys are checked at commit). Chunks rather than large objects: they follow
 *   their version by foreign key (no orphan to vacuum away), need no transaction held open while a
 *   download streams, and are rights-checked like any other table.
 */
export class CreateDocuments1765500000000 implements MigrationInterface {
  name = 'CreateDocuments1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('statutes', 'internal_rules', 'annual_accounts', 'activity_report', 'budget_or_business_plan',
          'wage_tension_calculation', 'board_and_organisation_chart', 'open_meeting_minutes', 'application_form', 'decision_letter',
          'correspondence', 'other')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text,
        recognition_id uuid REFERENCES recognitions(id) ON DELETE SET NULL,
        checklist_item text,
        assessment_id uuid REFERENCES assessments(id) ON DELETE SET NULL,
        indicator_code text,
        meeting_id uuid REFERENCES meetings(id) ON DELETE SET NULL,
        referral_id uuid REFERENCES referrals(id) ON DELETE SET NULL,
        case_id uuid REFERENCES cases(id) ON DELETE SET NULL,
        contact_id uuid REFERENCES contacts(id) ON DELETE SET NULL,
        current_version integer NOT NULL DEFAULT 1,
        file_name text NOT NULL,
        media_type text NOT NULL,
        size_bytes bigint NOT NULL,
        sha256 char(64) NOT NULL,
        uploaded_by_id uuid REFERENCES users(id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        deleted_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (checklist_item IS NULL OR recognition_id IS NOT NULL),
        CHECK (indicator_code IS NULL OR assessment_id IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX documents_organisation_idx ON documents (organisation_id, uploaded_at DESC) WHERE deleted_at IS NULL`);
    await db.query(`CREATE INDEX documents_sha256_idx ON documents (organisation_id, sha256)`);
    await db.query(`CREATE INDEX documents_deleted_idx ON documents (deleted_at) WHERE deleted_at IS NOT NULL`);
    for (const link of ['recognition_id', 'assessment_id', 'meeting_id', 'referral_id', 'case_id', 'contact_id']) {
      await db.query(`CREATE INDEX documents_${link.replace('_id', '')}_idx ON documents (${link}) WHERE ${link} IS NOT NULL`);
    }

    await db.query(`
      CREATE TABLE document_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        document_id uuid NOT NULL REFERENCES documents(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        number integer NOT NULL,
        file_name text NOT NULL,
        media_type text NOT NULL,
        size_bytes bigint NOT NULL,
        sha256 char(64) NOT NULL,
        chunk_bytes integer NOT NULL,
        uploaded_by_id uuid REFERENCES users(id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        text text,
        text_state text NOT NULL DEFAULT 'none' CHECK (text_state IN ('none', 'pending', 'done', 'failed')),
        search_words tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple', search_text(coalesce(file_name, '') || ' ' || coalesce(text, ''))))) STORED,
        UNIQUE (document_id, number)
      )`);
    await db.query(`CREATE INDEX document_versions_search_idx ON document_versions USING gin (search_words)`);
    await db.query(`CREATE INDEX document_versions_sha256_idx ON document_versions (sha256)`);

    await db.query(`
      CREATE TABLE document_chunks (
        version_id uuid NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        seq integer NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (version_id, seq)
      )`);
    await db.query(`ALTER TABLE document_chunks ALTER COLUMN data SET STORAGE EXTERNAL`);

    // What the search box reads: the current version of each document not deleted.
    await db.query(`
      CREATE VIEW document_search AS
        SELECT d.id, d.organisation_id, d.title, d.kind, d.file_name, d.uploaded_at, v.text, v.search_words
          FROM documents d JOIN document_versions v ON v.document_id = d.id AND v.number = d.current_version
         WHERE d.deleted_at IS NULL`);

    await db.query(`CREATE TRIGGER documents_audit AFTER INSERT OR UPDATE OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION audit_row()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP VIEW document_search`);
    await db.query(`DROP TABLE document_chunks`);
    await db.query(`DROP TABLE document_versions`);
    await db.query(`DROP TABLE documents`);
  }
}
