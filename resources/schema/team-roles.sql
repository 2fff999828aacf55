-- Truce team library: who may read and write what, enforced by PostgreSQL itself.
-- Run once as the database's owner (a role with CREATEROLE, or a superuser), after Truce has
-- connected once as that owner (which creates its tables), and again after a Truce update that
-- adds tables. Safe to run twice.
--   psql "postgresql://truce_owner@db.example.org/truce" -f team-roles.sql
BEGIN;

-- The three kinds of people, as group roles; each person logs in with a role of their own
-- that is a member of one of them (see the end of this file).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'truce_facilitator') THEN
        CREATE ROLE truce_facilitator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'truce_department_head') THEN
        CREATE ROLE truce_department_head NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'truce_hr') THEN
        CREATE ROLE truce_hr NOLOGIN;
    END IF;
END $$;

-- Which organisation each department head belongs to (as written in sessions' Organisation).
CREATE TABLE IF NOT EXISTS truce_members (
    role_name NAME PRIMARY KEY,
    organisation TEXT NOT NULL
);
-- A facilitator letting another read their sessions (frank notes included).
CREATE TABLE IF NOT EXISTS truce_shares (
    owner_role NAME NOT NULL,
    reader_role NAME NOT NULL,
    PRIMARY KEY (owner_role, reader_role)
);

GRANT USAGE ON SCHEMA public TO truce_facilitator, truce_department_head, truce_hr;
GRANT SELECT ON truce_schema, truce_members TO truce_facilitator, truce_department_head, truce_hr;
GRANT SELECT, INSERT, DELETE ON truce_shares TO truce_facilitator;
GRANT SELECT, INSERT, UPDATE, DELETE
    ON sessions, participants, sections, actions TO truce_facilitator;
-- Status history is appended to, never rewritten (it goes only with its action or session).
GRANT SELECT, INSERT, DELETE ON action_events TO truce_facilitator;
REVOKE UPDATE ON action_events FROM truce_facilitator;
GRANT SELECT ON sessions, participants, sections, actions, action_events
    TO truce_department_head, truce_hr;
GRANT UPDATE (updated_at) ON sessions TO truce_department_head;
GRANT UPDATE ON actions TO truce_department_head;
GRANT INSERT ON action_events TO truce_department_head;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO truce_facilitator, truce_department_head;

ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE participants ENABLE ROW LEVEL SECURITY;
ALTER TABLE sections ENABLE ROW LEVEL SECURITY;
ALTER TABLE actions ENABLE ROW LEVEL SECURITY;
ALTER TABLE action_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE truce_shares ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS facilitator_own ON sessions;
DROP POLICY IF EXISTS facilitator_shared ON sessions;
DROP POLICY IF EXISTS head_reads ON sessions;
DROP POLICY IF EXISTS head_touches ON sessions;
DROP POLICY IF EXISTS hr_reads ON sessions;

-- Sessions: a facilitator's own (read and write), and those shared with them (read);
-- a department head's organisation's (read, and mark changed when an action is updated);
-- HR: every one (read).
CREATE POLICY facilitator_own ON sessions TO truce_facilitator
    USING (owner_role = current_user) WITH CHECK (owner_role = current_user);
CREATE POLICY facilitator_shared ON sessions FOR SELECT TO truce_facilitator
    USING (EXISTS (SELECT FROM truce_shares s
                   WHERE s.owner_role = sessions.owner_role AND s.reader_role = current_user));
CREATE POLICY head_reads ON sessions FOR SELECT TO truce_department_head
    USING (organisation IN (SELECT organisation FROM truce_members
                            WHERE role_name = current_user));
CREATE POLICY head_touches ON sessions FOR UPDATE TO truce_department_head
    USING (organisation IN (SELECT organisation FROM truce_members
                            WHERE role_name = current_user))
    WITH CHECK (organisation IN (SELECT organisation FROM truce_members
                                 WHERE role_name = current_user));
CREATE POLICY hr_reads ON sessions FOR SELECT TO truce_hr USING (true);

-- A session's parts: readable by whoever may read the session (the subquery sees only those),
-- written by its facilitator; a department head updates actions and adds to their history.
DO $$
DECLARE part TEXT;
BEGIN
    FOREACH part IN ARRAY ARRAY['participants', 'sections', 'actions', 'action_events'] LOOP
        EXECUTE format('DROP POLICY IF EXISTS readers ON %I', part);
        EXECUTE format('DROP POLICY IF EXISTS facilitator_writes ON %I', part);
        EXECUTE format('CREATE POLICY readers ON %I FOR SELECT '
                       'USING (session_id IN (SELECT id FROM sessions))', part);
        EXECUTE format('CREATE POLICY facilitator_writes ON %I TO truce_facilitator '
                       'USING (session_id IN (SELECT id FROM sessions WHERE owner_role = current_user)) '
                       'WITH CHECK (session_id IN (SELECT id FROM sessions WHERE owner_role = current_user))',
                       part);
    END LOOP;
END $$;
DROP POLICY IF EXISTS head_updates ON actions;
DROP POLICY IF EXISTS head_appends ON action_events;
CREATE POLICY head_updates ON actions FOR UPDATE TO truce_department_head
    USING (session_id IN (SELECT id FROM sessions))
    WITH CHECK (session_id IN (SELECT id FROM sessions));
CREATE POLICY head_appends ON action_events FOR INSERT TO truce_department_head
    WITH CHECK (session_id IN (SELECT id FROM sessions));

-- Shares: a facilitator sees those they gave and those given to them, and gives their own.
DROP POLICY IF EXISTS facilitator_shares ON truce_shares;
CREATE POLICY facilitator_shares ON truce_shares TO truce_facilitator
    USING (owner_role = current_user OR reader_role = current_user)
    WITH CHECK (owner_role = current_user);

COMMIT;

-- Then, one login role per person (passwords in ~/.pgpass on their computer, or use
-- certificates or Kerberos as the organisation's other databases do):
--   CREATE ROLE ana LOGIN PASSWORD '…' IN ROLE truce_facilitator;
--   CREATE ROLE marek LOGIN PASSWORD '…' IN ROLE truce_department_head;
--   INSERT INTO truce_members VALUES ('marek', 'Brightwater Instruments');
--   CREATE ROLE hui LOGIN PASSWORD '…' IN ROLE truce_hr;
-- A facilitator lets a colleague read their sessions (as themselves):
--   INSERT INTO truce_shares VALUES (current_user, 'ben');
