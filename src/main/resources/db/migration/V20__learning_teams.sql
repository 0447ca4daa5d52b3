-- Neighbourhood teams, for learning: officers are enrolled on learning journeys by team, each team
-- names its super users, and challenge leaderboards rank teams. (Response teams, V1, serve rotations.)
-- Teams are reference data like wards; their members are Camunda users, kept here by supervisors.

create table learning_team (
    code      varchar(60)  not null primary key,
    name      varchar(100) not null,
    area_code varchar(40)  not null references area (code)
);

create table learning_team_member (
    team_code  varchar(60) not null references learning_team (code),
    user_id    varchar(64) not null,
    -- a named super user helps colleagues and sees the team's progress every day
    super_user boolean     not null default false,
    primary key (team_code, user_id)
);

create index learning_team_member_user on learning_team_member (user_id);

insert into learning_team (code, name, area_code) values
    ('birmingham-npt-north',  'Birmingham North neighbourhood team',    'birmingham'),
    ('birmingham-npt-east',   'Birmingham East neighbourhood team',     'birmingham'),
    ('coventry-npt-north',    'Coventry North neighbourhood team',      'coventry'),
    ('coventry-npt-south',    'Coventry South neighbourhood team',      'coventry'),
    ('dudley-npt',            'Dudley neighbourhood team',              'dudley'),
    ('sandwell-npt',          'Sandwell neighbourhood team',            'sandwell'),
    ('solihull-npt',          'Solihull neighbourhood team',            'solihull'),
    ('walsall-npt',           'Walsall neighbourhood team',             'walsall'),
    ('wolverhampton-npt',     'Wolverhampton neighbourhood team',       'wolverhampton');
