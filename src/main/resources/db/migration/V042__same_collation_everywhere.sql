-- V038-V040 created their tables without a collation, so they took the database's default: utf8mb4_unicode_ci where
-- the app created the database, the server's own (Debian: utf8mb4_general_ci) where an operator ran CREATE DATABASE.
-- Every table of the app now says the collation it is compared in, whoever created the database.
ALTER TABLE sign_in_failure CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE shedlock CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE cache_version CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
