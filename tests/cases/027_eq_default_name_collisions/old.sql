CREATE TABLE customer_subscription_billing_preference (
    notification_delivery_channel_identifier text UNIQUE,
    notification_delivery_channel_identifier_backup text UNIQUE
);
CREATE TABLE t (a integer CHECK (a > 0) CHECK (a < 100), b integer);
CREATE INDEX t_b_key ON t (b);
ALTER TABLE t ADD UNIQUE (b);
