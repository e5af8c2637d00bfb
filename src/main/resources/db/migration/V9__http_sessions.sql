-- Several instances behind a load balancer (issue 7).
-- HTTP sessions live in PostgreSQL (Spring Session JDBC), so a user logged in on one instance is logged in on all.
-- Spring Session's own PostgreSQL schema (schema-postgresql.sql of spring-session-jdbc 4.1), with the project's
-- lower-case names; Spring Session finds the tables under its default names spring_session and
-- spring_session_attributes. Times are milliseconds since the epoch, as Spring Session writes them.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_session_id_uk on spring_session (session_id);
-- The clean-up job deletes expired sessions by this column.
create index spring_session_expiry_time_ix on spring_session (expiry_time);
create index spring_session_principal_name_ix on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_session_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Scheduled jobs run on one instance at a time (ShedLock): one row per job, held until lock_until.
-- ShedLock writes these times from the database clock in UTC (usingDbTime), hence timestamp without zone.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name),
    constraint shedlock_period_ck check (lock_until >= locked_at)
);
