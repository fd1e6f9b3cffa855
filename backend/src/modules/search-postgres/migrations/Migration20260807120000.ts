/**
 * The PostgreSQL provider's own migration (pg_trgm, unaccent, the text search
 * configuration and the catalog table), re-exported under its own name so
 * Medusa runs it for this provider exactly as for Medusa's, and a database
 * migrated with Medusa's provider finds it already applied.
 */
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
