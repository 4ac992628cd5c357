-- SPDX-License-Identifier: GPL-3.0-or-later
-- A Castnet workspace of schema version 1, written by hand from the
-- version 1 definition in docs/SCHEMA.md (everything of version 2 except
-- activity.position and its index). The migration test turns it into a
-- database and opens it. Activity ids have a gap (3 and 4 were deleted) so
-- that the test can tell position = id from a renumbering.
PRAGMA foreign_keys = ON;

CREATE TABLE brand (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    name     TEXT NOT NULL CONSTRAINT name CHECK (length(trim(name)) > 0),
    industry TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    notes    TEXT NOT NULL DEFAULT '',
    CONSTRAINT brand_name_unique UNIQUE (name)
) STRICT;

CREATE TABLE campaign (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    brand_id                INTEGER NOT NULL REFERENCES brand (id) ON DELETE CASCADE,
    name                    TEXT NOT NULL CONSTRAINT name CHECK (length(trim(name)) > 0),
    objective               TEXT NOT NULL DEFAULT 'awareness' CONSTRAINT objective
        CHECK (objective = 'awareness' OR objective = 'leads' OR objective = 'sales'
               OR objective = 'community' OR objective = 'feedback'),
    start_date              TEXT NOT NULL CONSTRAINT start_date
        CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
               AND date(start_date) IS NOT NULL),
    weeks                   INTEGER NOT NULL DEFAULT 52 CONSTRAINT weeks
        CHECK (weeks BETWEEN 1 AND 260),
    capacity_hours_per_week REAL NOT NULL DEFAULT 40 CONSTRAINT capacity_hours_per_week
        CHECK (capacity_hours_per_week BETWEEN 0 AND 100000),
    budget_per_week_cents   INTEGER CONSTRAINT budget_per_week
        CHECK (budget_per_week_cents BETWEEN 0 AND 100000000000),
    currency                TEXT NOT NULL DEFAULT 'EUR' CONSTRAINT currency
        CHECK (length(trim(currency)) > 0),
    return_unit             TEXT NOT NULL DEFAULT 'points' CONSTRAINT return_unit
        CHECK (length(trim(return_unit)) > 0),
    automation_saving       REAL NOT NULL DEFAULT 0.4 CONSTRAINT automation_saving
        CHECK (automation_saving >= 0 AND automation_saving < 1),
    CONSTRAINT campaign_name_unique UNIQUE (brand_id, name)
) STRICT;

CREATE TABLE activity (
    id                        INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id               INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    channel                   TEXT NOT NULL CONSTRAINT channel CHECK (length(trim(channel)) > 0),
    title                     TEXT NOT NULL CONSTRAINT title CHECK (length(trim(title)) > 0),
    format                    TEXT NOT NULL CONSTRAINT format
        CHECK (format = 'image' OR format = 'video' OR format = 'infographic'
               OR format = 'white_paper' OR format = 'article' OR format = 'live_stream'
               OR format = 'story' OR format = 'newsletter' OR format = 'ad'
               OR format = 'thread_reply' OR format = 'question' OR format = 'poll'
               OR format = 'direct_message' OR format = 'community_post' OR format = 'event'
               OR format = 'webinar' OR format = 'podcast'),
    interaction               TEXT NOT NULL CONSTRAINT interaction
        CHECK (interaction = 'broadcast' OR interaction = 'dialogue'
               OR interaction = 'community'),
    automated                 INTEGER NOT NULL DEFAULT 0 CONSTRAINT automated
        CHECK (automated = 0 OR automated = 1),
    goal                      TEXT NOT NULL CONSTRAINT goal
        CHECK (goal = 'awareness' OR goal = 'leads' OR goal = 'data' OR goal = 'sales'
               OR goal = 'relationships' OR goal = 'feedback' OR goal = 'referrals'),
    cadence_per_week          REAL NOT NULL CONSTRAINT cadence_per_week
        CHECK (cadence_per_week BETWEEN 0 AND 1000),
    hours_per_occurrence      REAL NOT NULL CONSTRAINT hours_per_occurrence
        CHECK (hours_per_occurrence BETWEEN 0 AND 168),
    setup_hours               REAL NOT NULL DEFAULT 0 CONSTRAINT setup_hours
        CHECK (setup_hours BETWEEN 0 AND 10000),
    cost_per_occurrence_cents INTEGER NOT NULL DEFAULT 0 CONSTRAINT cost_per_occurrence
        CHECK (cost_per_occurrence_cents BETWEEN 0 AND 100000000000),
    start_week                INTEGER NOT NULL CONSTRAINT start_week
        CHECK (start_week BETWEEN 1 AND 260),
    end_week                  INTEGER NOT NULL CONSTRAINT end_week
        CHECK (end_week BETWEEN start_week AND 260),
    max_weekly_return         REAL CONSTRAINT max_weekly_return
        CHECK (max_weekly_return BETWEEN 0 AND 1e12),
    half_saturation_hours     REAL CONSTRAINT half_saturation_hours
        CHECK (half_saturation_hours > 0 AND half_saturation_hours <= 1e12),
    shape                     REAL CONSTRAINT shape CHECK (shape > 0 AND shape <= 1e12),
    carryover                 REAL CONSTRAINT carryover CHECK (carryover >= 0 AND carryover < 1),
    track                     TEXT CONSTRAINT track CHECK (track = 'media' OR track = 'networking'),
    notes                     TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX activity_campaign ON activity (campaign_id);

CREATE TABLE scenario (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CONSTRAINT name
        CHECK (length(trim(name)) > 0 AND lower(trim(name)) <> 'plan'),
    CONSTRAINT scenario_name_unique UNIQUE (campaign_id, name)
) STRICT;

CREATE TABLE scenario_allocation (
    scenario_id    INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    activity_id    INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    hours_per_week REAL NOT NULL CONSTRAINT hours_per_week
        CHECK (hours_per_week BETWEEN 0 AND 1e12),
    PRIMARY KEY (scenario_id, activity_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX scenario_allocation_activity ON scenario_allocation (activity_id);

INSERT INTO brand (id, name, industry, audience, notes)
VALUES (1, 'Acme Coffee', 'food and drink', 'home baristas', '');

INSERT INTO campaign (id, brand_id, name, objective, start_date, weeks, capacity_hours_per_week,
                      budget_per_week_cents, currency, return_unit, automation_saving)
VALUES (1, 1, 'Spring launch', 'community', '2026-03-02', 26, 30, 25050, 'EUR', 'qualified leads',
        0.4);

INSERT INTO activity (id, campaign_id, channel, title, format, interaction, automated, goal,
                      cadence_per_week, hours_per_occurrence, setup_hours,
                      cost_per_occurrence_cents, start_week, end_week, max_weekly_return,
                      half_saturation_hours, shape, carryover, track, notes)
VALUES
    (1, 1, 'Instagram', 'Product photos', 'image', 'broadcast', 1, 'awareness',
     3, 0.5, 4, 1250, 1, 26, NULL, NULL, NULL, NULL, NULL, ''),
    (2, 1, 'Meetup', 'Latte art evening', 'event', 'community', 0, 'relationships',
     0.25, 6, 10, 0, 4, 20, 150, 3, 1.5, 0.8, 'networking', 'bring cups'),
    (5, 1, 'LinkedIn group', 'Answer roasting questions', 'thread_reply', 'dialogue', 0,
     'feedback', 5, 0.25, 0, 0, 1, 26, NULL, NULL, NULL, NULL, NULL, '');

INSERT INTO scenario (id, campaign_id, name) VALUES (1, 1, 'More meetups');
INSERT INTO scenario_allocation (scenario_id, activity_id, hours_per_week)
VALUES (1, 2, 3), (1, 5, 0);

PRAGMA user_version = 1;
