-- A subscription may follow one meeting (`remind <id>`): its filter is then "meeting:" and the
-- meeting's id (up to 64 characters), longer than a cluster's key.
alter table subscription alter column cluster set data type varchar(80);
