CREATE TABLE customer_subscription_billing_preference (id integer PRIMARY KEY, notification_delivery_channel_identifier text, parent_id integer);
