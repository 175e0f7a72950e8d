-- unnamed UNIQUE/CHECK/FK constraints on a 40-char table and 40-char column get truncated default names (backward must drop them by those names)
CREATE TABLE customer_subscription_billing_preference (id integer PRIMARY KEY, notification_delivery_channel_identifier text UNIQUE CHECK (notification_delivery_channel_identifier <> ''), parent_id integer REFERENCES customer_subscription_billing_preference (id));
CREATE INDEX ON customer_subscription_billing_preference (notification_delivery_channel_identifier, parent_id);
