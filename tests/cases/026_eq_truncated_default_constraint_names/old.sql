CREATE TABLE customer_subscription_billing_preference (
    id integer PRIMARY KEY,
    notification_delivery_channel_identifier text UNIQUE,
    parent_id integer REFERENCES customer_subscription_billing_preference (id),
    CHECK (length(notification_delivery_channel_identifier) > 3)
);
