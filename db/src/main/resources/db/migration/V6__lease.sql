-- Leases: at most one node holds a named lease at a time (e.g. the Telegram long-polling loop of
-- one bot, since Telegram serves one getUpdates caller per bot). held_until is in Unix seconds by
-- the database's clock, UNIX_TIMESTAMP() on every supported database, so node clocks and time
-- zones do not matter. A holder renews before held_until; after it, any node may take the lease.

CREATE TABLE lease (
    name       VARCHAR(100) NOT NULL,
    holder     VARCHAR(200) NOT NULL,
    held_until BIGINT       NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
