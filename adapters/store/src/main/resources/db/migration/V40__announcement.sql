-- Publications whose change notices are still to be planned. A publication writes its row in its
-- own transaction, so a committed change is never left unannounced; a runner (any instance, at
-- start and on schedule) plans every follower's notice and then removes the row.
-- Written for both H2 and PostgreSQL.
create table announcement (
  schedule_version bigint not null primary key,
  published_at     timestamp with time zone not null
);
