-- Letter previews waiting for an admin's `confirm` or `discard`: one per admin, in the database so
-- that any instance confirms a preview another one made, and a restart loses none.
-- Written for both H2 and PostgreSQL.
create table pending_import (
  platform    varchar(32)   not null,
  workspace   varchar(64)   not null,
  user_id     varchar(64)   not null,
  file_name   varchar(1000) not null,
  content     bytea         not null,
  pasted      boolean       not null,
  citation    varchar(2000) not null,
  changes     varchar(1000000) not null,
  expires_at  timestamp with time zone not null,
  primary key (platform, workspace, user_id)
);
