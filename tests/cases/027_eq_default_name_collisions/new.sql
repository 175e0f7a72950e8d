-- colliding default names get numbered: ..._key/..._key1, t_a_check/t_a_check1, t_b_key taken by an index -> t_b_key1
CREATE TABLE customer_subscription_billing_preference (
    notification_delivery_channel_identifier text,
    notification_delivery_channel_identifier_backup text,
    CONSTRAINT customer_subscription_billing_notification_delivery_channel_key UNIQUE (notification_delivery_channel_identifier),
    CONSTRAINT customer_subscription_billing_notification_delivery_channe_key1 UNIQUE (notification_delivery_channel_identifier_backup)
);
CREATE TABLE t (
    a integer,
    b integer,
    CONSTRAINT t_a_check CHECK ((a > 0)),
    CONSTRAINT t_a_check1 CHECK ((a < 100))
);
CREATE INDEX t_b_key ON t (b);
ALTER TABLE t ADD CONSTRAINT t_b_key1 UNIQUE (b);
