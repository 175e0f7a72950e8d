-- default constraint names truncated by PostgreSQL for a 40-char table and 40-char column
CREATE TABLE customer_subscription_billing_preference (
    id integer,
    notification_delivery_channel_identifier text,
    parent_id integer
);
ALTER TABLE customer_subscription_billing_preference ADD CONSTRAINT customer_subscription_billing_preference_pkey PRIMARY KEY (id);
ALTER TABLE customer_subscription_billing_preference ADD CONSTRAINT customer_subscription_billing_notification_delivery_channel_key UNIQUE (notification_delivery_channel_identifier);
ALTER TABLE customer_subscription_billing_preference ADD CONSTRAINT customer_subscription_billing_preference_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES customer_subscription_billing_preference (id);
ALTER TABLE customer_subscription_billing_preference ADD CONSTRAINT customer_subscription_billin_notification_delivery_channe_check CHECK ((length(notification_delivery_channel_identifier) > 3));
