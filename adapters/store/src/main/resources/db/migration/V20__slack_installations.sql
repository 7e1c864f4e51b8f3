-- Slack workspaces that installed the bot through OAuth, and the OAuth states in flight.
-- Written for both H2 and PostgreSQL. The bot token is a secret: it is read only to call Slack.

create table slack_installation (
  team_id       varchar(32)  not null primary key,
  enterprise_id varchar(32),
  app_id        varchar(32),
  bot_id        varchar(32),
  bot_user_id   varchar(32)  not null,
  bot_token     varchar(255) not null,
  scopes        varchar(2000) not null,
  installed_by  varchar(32),
  installed_at  timestamp with time zone not null
);

-- A state is issued by /slack/install and consumed once by /slack/oauth_redirect before it expires.
create table slack_oauth_state (
  state       varchar(64) not null primary key,
  expires_at  timestamp with time zone not null
);
