-- The file a letter came in (PDF, Word or text), as the Co-Chairs sent it, for the schedule
-- page's download. Empty for letters imported before, or pasted as text.
-- Written for both H2 and PostgreSQL.
alter table letter add column letter_file bytea;
