CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(60)  NOT NULL,
    full_name     VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    locale        VARCHAR(5)   NOT NULL DEFAULT 'id',
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_app_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A user sees the areas under any of these codes; the empty code '' is the national scope.
CREATE TABLE app_user_scope (
    user_id   BIGINT      NOT NULL,
    area_code VARCHAR(13) NOT NULL,
    PRIMARY KEY (user_id, area_code),
    CONSTRAINT fk_scope_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
