-- Source: seed 002 "Migration Strategy: Step-by-Step Implementation Plan"
-- (single-tenant WhatsApp automation -> multi-tenant SaaS).
-- Represents: the CURRENT single-tenant schema before Phase 1: one WhatsApp
-- number, globally unique phone numbers / LangGraph thread ids, orders with
-- inline JSON items, broadcast campaigns and the LangGraph checkpoint store.

CREATE TYPE order_status AS ENUM ('pending', 'confirmed', 'delivered', 'cancelled');

CREATE SEQUENCE order_number_seq
    START WITH 1000
    INCREMENT BY 1
    MAXVALUE 999999
    CACHE 1;

CREATE TABLE contacts (
    id               SERIAL PRIMARY KEY,
    phone_number     VARCHAR(20) NOT NULL,
    thread_id        VARCHAR(100),
    name             VARCHAR(100),
    email            VARCHAR(100),
    language         VARCHAR(10) DEFAULT 'en',
    opted_in         BOOLEAN DEFAULT TRUE,
    created_at       TIMESTAMP DEFAULT NOW(),
    last_message_at  TIMESTAMP,
    CONSTRAINT contacts_phone_number_key UNIQUE (phone_number),
    CONSTRAINT contacts_thread_id_key UNIQUE (thread_id)
);

CREATE INDEX idx_contacts_last_message ON contacts (last_message_at DESC);

COMMENT ON TABLE contacts IS 'WhatsApp contacts of the business number';

CREATE TABLE messages (
    id              SERIAL PRIMARY KEY,
    contact_id      INT REFERENCES contacts(id),
    direction       VARCHAR(10) NOT NULL CHECK (direction IN ('inbound', 'outbound')),
    content         TEXT,
    message_type    VARCHAR(20) DEFAULT 'text',
    wa_message_id   VARCHAR(100),
    is_read         BOOLEAN DEFAULT FALSE,
    sent_at         TIMESTAMP DEFAULT NOW()
);

CREATE INDEX idx_messages_contact ON messages (contact_id);
CREATE UNIQUE INDEX idx_messages_wa_id ON messages (wa_message_id);

CREATE TABLE orders (
    id                SERIAL PRIMARY KEY,
    order_number      VARCHAR(50) NOT NULL DEFAULT ('ORD-' || nextval('order_number_seq')),
    contact_id        INT NOT NULL REFERENCES contacts(id),
    items             JSONB NOT NULL DEFAULT '[]',
    total_amount      NUMERIC(10,2) NOT NULL DEFAULT 0,
    currency          CHAR(3) DEFAULT 'USD',
    status            order_status DEFAULT 'pending',
    shipping_address  TEXT,
    notes             TEXT,
    created_at        TIMESTAMP DEFAULT NOW(),
    updated_at        TIMESTAMP DEFAULT NOW(),
    UNIQUE (order_number)
);

CREATE INDEX idx_orders_status ON orders (status);
CREATE INDEX idx_orders_contact ON orders (contact_id);

CREATE TABLE campaigns (
    id                SERIAL PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    message_template  TEXT NOT NULL,
    status            VARCHAR(20) DEFAULT 'draft',
    scheduled_at      TIMESTAMP,
    sent_count        INT DEFAULT 0,
    created_at        TIMESTAMP DEFAULT NOW()
);

CREATE TABLE campaign_subscribers (
    campaign_id    INT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    contact_id     INT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    subscribed_at  TIMESTAMP DEFAULT NOW(),
    PRIMARY KEY (campaign_id, contact_id)
);

-- LangGraph Postgres checkpointer (conversation state)
CREATE TABLE checkpoints (
    thread_id             TEXT NOT NULL,
    checkpoint_ns         TEXT NOT NULL DEFAULT '',
    checkpoint_id         TEXT NOT NULL,
    parent_checkpoint_id  TEXT,
    type                  TEXT,
    checkpoint            JSONB NOT NULL,
    metadata              JSONB NOT NULL DEFAULT '{}',
    PRIMARY KEY (thread_id, checkpoint_ns, checkpoint_id)
);

CREATE INDEX checkpoints_thread_id_idx ON checkpoints (thread_id);
