-- Users and access (issue 12, items 7-9; decision 016).
-- security_stamp: raised by every change of role, scope, office, partner, password or status; a session whose
--   principal carries an older stamp is refreshed (or ended, for a disabled user) on its next request.
-- must_change_password: set with a one-time password; the user changes it before anything else.
-- previous_password_hashes: the hashes of the last passwords, space-separated, so that one is not reused.
ALTER TABLE app_user
    ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN previous_password_hashes VARCHAR(250) NULL,
    ADD COLUMN last_sign_in_at DATETIME(6) NULL,
    ADD COLUMN previous_sign_in_at DATETIME(6) NULL;
