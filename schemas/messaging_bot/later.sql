-- Source: seed 002 "Migration Strategy: Step-by-Step Implementation Plan".
-- Represents: DDL of the multi-tenant schema that the engine does not model
-- yet: backwards-compatible helper functions with default tenant (admin
-- user 1 / chatbot 1), usage-tracking trigger, row level security policies
-- for tenant isolation and a reporting view. Loads after new.sql.

-- Backend compatibility: existing calls keep working with defaults (Phase 8)
create or replace function get_or_create_contact(
    p_phone_number varchar,
    p_user_id      integer default 1,
    p_chatbot_id   integer default 1
) returns integer
language plpgsql as $$
declare
    v_id integer;
begin
    select id into v_id from contacts
     where user_id = p_user_id and phone_number = p_phone_number;
    if v_id is null then
        insert into contacts (user_id, chatbot_id, phone_number, thread_id)
        values (p_user_id, p_chatbot_id, p_phone_number, p_user_id || ':' || p_phone_number)
        on conflict on constraint unique_contact_per_user do nothing
        returning id into v_id;
        if v_id is null then
            select id into v_id from contacts
             where user_id = p_user_id and phone_number = p_phone_number;
        end if;
    end if;
    return v_id;
end;
$$;

create or replace function log_message(
    p_contact_id  integer,
    p_direction   varchar,
    p_content     text,
    p_user_id     integer default 1,
    p_chatbot_id  integer default 1
) returns bigint
language sql as $$
    insert into messages (user_id, chatbot_id, contact_id, direction, content)
    values (p_user_id, p_chatbot_id, p_contact_id, p_direction, p_content)
    returning id;
$$;

-- Daily usage counters -----------------------------------------------------------
create or replace function track_message_usage() returns trigger
language plpgsql as $$
begin
    if new.chatbot_id is null then
        return new;
    end if;
    insert into usage_tracking (user_id, chatbot_id, tracking_date, messages_sent, messages_recv)
    values (new.user_id, new.chatbot_id, current_date,
            (new.direction = 'outbound')::int, (new.direction = 'inbound')::int)
    on conflict (user_id, chatbot_id, tracking_date) do update
       set messages_sent = usage_tracking.messages_sent + excluded.messages_sent,
           messages_recv = usage_tracking.messages_recv + excluded.messages_recv;
    return new;
end;
$$;

create trigger trg_messages_usage
    after insert on messages
    for each row execute function track_message_usage();

create or replace function touch_updated_at() returns trigger
language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end;
$$;

create trigger trg_users_updated_at before update on users
    for each row execute function touch_updated_at();
create trigger trg_orders_updated_at before update on orders
    for each row execute function touch_updated_at();

-- Tenant isolation (app sets: SET app.current_user_id = '<id>') -------------------
alter table contacts enable row level security;
alter table messages enable row level security;
alter table orders   enable row level security;
alter table campaigns enable row level security;

create policy tenant_isolation_contacts on contacts
    using (user_id = current_setting('app.current_user_id', true)::integer);
create policy tenant_isolation_messages on messages
    using (user_id = current_setting('app.current_user_id', true)::integer);
create policy tenant_isolation_orders on orders
    using (user_id = current_setting('app.current_user_id', true)::integer);
create policy tenant_isolation_campaigns on campaigns
    using (user_id = current_setting('app.current_user_id', true)::integer)
    with check (user_id = current_setting('app.current_user_id', true)::integer);

-- Usage vs. subscription limits ---------------------------------------------------
create view v_daily_usage_vs_limits as
select ut.user_id,
       ut.tracking_date,
       sum(ut.messages_sent)      as messages_sent,
       s.daily_message_limit,
       sum(ut.messages_sent) >= s.daily_message_limit as limit_reached
  from usage_tracking ut
  join user_subscriptions s on s.user_id = ut.user_id and s.is_active
 group by ut.user_id, ut.tracking_date, s.daily_message_limit;
