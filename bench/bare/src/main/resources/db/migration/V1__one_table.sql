-- One table, so that Flyway has a migration to apply as it does for the bot.
CREATE TABLE note (id BIGINT PRIMARY KEY, body VARCHAR(200) NOT NULL);
