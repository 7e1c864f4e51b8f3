-- Retry-After windows a platform announced, per platform and workspace: every instance reads them
-- before each request, so that none starts inside a window another instance was told of.
-- Written for both H2 and PostgreSQL.
create table retry_after_window (
  scope        varchar(200) not null primary key,
  closed_until timestamp with time zone not null
);
