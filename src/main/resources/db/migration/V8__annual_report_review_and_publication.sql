-- Review edits and publication of annual reports.
-- A text changed while the report is in review clears the approvals already given (APPROVALS_CLEARED in the
-- history): the steering group approves what it has read. An approved report may be published on the
-- municipality's public page (PUBLISHED) and withdrawn again (UNPUBLISHED); a new revision withdraws it.
alter table annual_report
    add column published_at timestamptz,
    add column published_by varchar(200),
    add constraint annual_report_published_ck check ((published_at is null) = (published_by is null)),
    add constraint annual_report_published_approved_ck check (published_at is null or status = 'APPROVED');

alter table annual_report_event drop constraint annual_report_event_kind_ck;
alter table annual_report_event add constraint annual_report_event_kind_ck check (kind in ('CREATED',
    'SECTION_SAVED', 'SUBMITTED', 'COMMENTED', 'ANSWERED', 'RESOLVED', 'APPROVED', 'FROZEN', 'REOPENED', 'PRESENTED',
    'APPROVALS_CLEARED', 'PUBLISHED', 'UNPUBLISHED'));

-- The public site lists a municipality's published reports.
create index annual_report_published_ix on annual_report (agreement_id) where published_at is not null;
