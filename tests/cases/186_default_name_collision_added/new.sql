-- two unnamed UNIQUE constraints whose truncated default names collide are added (second gets ..._key1)
CREATE TABLE customer_subscription_billing_preference (notification_delivery_channel_identifier text, notification_delivery_channel_identifier_backup text);
ALTER TABLE customer_subscription_billing_preference ADD UNIQUE (notification_delivery_channel_identifier);
ALTER TABLE customer_subscription_billing_preference ADD UNIQUE (notification_delivery_channel_identifier_backup);
